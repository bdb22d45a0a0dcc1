package uk.providerportal.base.ui;

import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Map;
import uk.providerportal.base.ChangeRefused;

/** Puts a service's refusal beside the field it names, or in a notification when no field on the form matches. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidationProperties> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    public static void show(ChangeRefused refused, Map<String, ? extends HasValidationProperties> fields) {
        clear(fields);
        HasValidationProperties field = fields.get(refused.field());
        if (field == null) {
            Notifications.error(refused.getMessage());
            return;
        }
        field.setErrorMessage(refused.getMessage());
        field.setInvalid(true);
    }
}

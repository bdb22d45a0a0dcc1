package uk.providerportal.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;

/**
 * Withdrawing takes a case out of its month folder, so it asks first. Focus starts in the reason, never on the
 * destructive button, and a refusal (no reason given) stays in the dialog beside the field with the text kept.
 */
class WithdrawCaseDialog extends Dialog {

    /** The withdrawn reason's column holds 500 characters. */
    static final int MAX_REASON = 500;

    final TextArea reason = new TextArea("Why is it withdrawn?");
    final Button keep = new Button("Keep case");
    final Button withdraw = new Button("Withdraw case");

    WithdrawCaseDialog(CasesService cases, CaseSummary sample, Runnable withdrawn) {
        super("Withdraw case " + sample.reference() + "?");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setMaxLength(MAX_REASON);
        reason.setHelperText("Required, at most " + MAX_REASON + " characters. The quality team sees it.");
        add(new Paragraph("Its place in the " + DateFormats.month(sample.folderMonth())
                + " folder is freed. You can submit the case again later."), reason);
        keep.addClickListener(click -> close());
        withdraw.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(click -> {
            try {
                cases.withdraw(sample.id(), reason.getValue());
                close();
                Notifications.success("Case " + sample.reference() + " was withdrawn. Its place in the "
                        + DateFormats.month(sample.folderMonth()) + " folder is free.");
                withdrawn.run();
            } catch (ChangeRefused refused) {
                FieldErrors.show(refused, Map.of("reason", reason));
                reason.focus();
            }
        });
        getFooter().add(keep, withdraw);
        setCloseOnEsc(true);
        setWidth("min(36rem, 100vw)");
    }

    @Override
    public void open() {
        super.open();
        // The dialog focuses itself as it opens (autofocus is not honoured inside it), so move focus explicitly.
        reason.focus();
    }
}

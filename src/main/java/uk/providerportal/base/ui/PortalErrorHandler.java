package uk.providerportal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.ItemNotFoundException;

/**
 * What a person sees when an action fails in a way the view did not handle: a message that says what happened and
 * what to do next, never a stack trace or silence. Unexpected failures are logged with a short reference the person
 * can quote to support; expected ones (someone else saved first, text too long, a rule) are explained in words.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(message));
        }
    }

    /** The words for a failure; logs it, with a reference for support when it was not expected. */
    static String messageFor(Throwable failure) {
        if (cause(failure, OptimisticLockingFailureException.class) != null) {
            log.info("Concurrent change refused: {}", failure.toString());
            return "Someone else changed this record while you were working on it, so your change was not saved. "
                    + "Reload the page to see their change, then make yours again.";
        }
        if (cause(failure, PessimisticLockingFailureException.class) != null) {
            log.info("Lock wait refused: {}", failure.toString());
            return "The portal is busy with the same records for someone else. Nothing was saved: try again in a "
                    + "minute.";
        }
        ChangeRefused refused = cause(failure, ChangeRefused.class);
        if (refused != null) {
            return refused.getMessage() + " Nothing was saved.";
        }
        ConstraintViolationException invalid = cause(failure, ConstraintViolationException.class);
        if (invalid != null) {
            return invalid.getConstraintViolations().stream().map(PortalErrorHandler::describe).sorted()
                    .collect(Collectors.joining(" ")) + " Nothing was saved: correct it and try again.";
        }
        DataIntegrityViolationException integrity = cause(failure, DataIntegrityViolationException.class);
        if (integrity != null && String.valueOf(integrity.getMostSpecificCause().getMessage()).contains("too long")) {
            log.warn("Text longer than its column reached the database: {}", integrity.getMostSpecificCause()
                    .getMessage());
            return "Some of the text you entered is too long to keep. Nothing was saved: shorten it and try again.";
        }
        if (cause(failure, AccessDeniedException.class) != null || cause(failure, ItemNotFoundException.class) != null) {
            return "That is not available to you, or it no longer exists. Nothing was changed.";
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        log.error("Unexpected error, reference {}", reference, failure);
        return "Sorry, something went wrong and that was not done. Try again in a moment; if it keeps happening, "
                + "contact the portal support team and quote reference " + reference + ".";
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        String words = field.isEmpty() ? "A value" : Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return words + " " + violation.getMessage() + ".";
    }

    private static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}

package uk.providerportal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.constraints.Size;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;
import uk.providerportal.base.ChangeRefused;

/** An action that fails in a way its view did not handle still ends in words a person can act on. */
class PortalErrorHandlerTest {

    record Note(@Size(max = 5) String withdrawnReason) {
    }

    @Test
    void someoneElseSavedFirst_isExplainedWithWhatToDoNext() {
        String message = PortalErrorHandler.messageFor(new TransactionSystemException("commit failed",
                new ObjectOptimisticLockingFailureException("Organisation", 7L)));
        assertThat(message).startsWith("Someone else changed this record while you were working on it")
                .contains("Reload the page").doesNotContain("reference");
    }

    @Test
    void textLongerThanItsColumn_namesTheFieldAndTheLimit() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var violations = factory.getValidator().validate(new Note("far too long"));
            String message = PortalErrorHandler.messageFor(new TransactionSystemException("commit failed",
                    new ConstraintViolationException(violations)));
            assertThat(message).isEqualTo("Withdrawn reason must be at most 5 characters. Nothing was saved: "
                    + "correct it and try again.");
        }
    }

    @Test
    void aRuleRefusalNobodyCaught_isShownInItsOwnWords() {
        assertThat(PortalErrorHandler.messageFor(new ChangeRefused("reason", "Say why the case is withdrawn.")))
                .isEqualTo("Say why the case is withdrawn. Nothing was saved.");
    }

    @Test
    void anythingElse_getsAReferenceToQuote() {
        String message = PortalErrorHandler.messageFor(new IllegalStateException("boom"));
        assertThat(message).startsWith("Sorry, something went wrong").containsPattern("quote reference [0-9A-F]{8}\\.");
        assertThat(message).doesNotContain("boom");
    }
}

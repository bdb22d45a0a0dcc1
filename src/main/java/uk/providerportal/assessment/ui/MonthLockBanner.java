package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import uk.providerportal.assessment.MonthLock;

/** "March 2026's outcomes are locked since … by …; changes need a quality manager and a reason", or nothing. */
final class MonthLockBanner extends Paragraph {

    MonthLockBanner() {
        setClassName("portal-card outcome-problem");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    /** Shows the lock, if any; returns whether there is one. */
    boolean show(Optional<MonthLock> lock) {
        setText(lock.map(MonthLock::banner).orElse(""));
        setVisible(lock.isPresent());
        return lock.isPresent();
    }
}

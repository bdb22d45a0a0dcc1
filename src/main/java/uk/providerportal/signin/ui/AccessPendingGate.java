package uk.providerportal.signin.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;

/** Keeps a person whose access is pending on the pending page, whatever address they open. */
@Component
class AccessPendingGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    AccessPendingGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            boolean pending = currentUser.identity().map(PortalIdentity::pending).orElse(false);
            if (pending && enter.getNavigationTarget() != AccessPendingView.class) {
                enter.rerouteTo(AccessPendingView.class);
            }
        }));
    }
}

package uk.providerportal.signin.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * When Vaadin closes an idle session (closeIdleSessions: heartbeats of an open tab do not count as activity), the
 * HTTP session that holds the sign-in goes too; otherwise the next page load would quietly sign the person back in.
 */
@Component
class IdleSessionSignOut implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession httpSession = destroyed.getSession().getSession();
            if (httpSession != null) {
                try {
                    httpSession.invalidate();
                } catch (IllegalStateException alreadyInvalidated) {
                    // signed out or expired already
                }
            }
        });
    }
}

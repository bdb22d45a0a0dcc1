package uk.providerportal.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.providerportal.base.DateFormats;

/** Every UI speaks en-GB, so date pickers and formatted numbers read as a UK user expects. */
@Component
class UkLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(DateFormats.LOCALE));
    }
}

package uk.providerportal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Provider Portal: the monthly quality and performance cycle between delivery partners and their funder. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Provider Portal");
        settings.addMetaTag("description", "Provider Portal: case samples, KPIs, appeals and good news stories");
    }
}

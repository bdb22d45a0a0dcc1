package uk.providerportal.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uk.providerportal.base.SignedInUser;

/**
 * The portal's shell: a header naming the service and who is signed in (name, organisation, role) with sign-out,
 * and a side navigation built from {@code @Menu} annotations, so each role sees only the views it may open.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(SignedInUser.Provider users, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("portal-shell");

        var brand = new Anchor("", "Provider Portal");
        brand.addClassName("portal-brand");
        // No Scroller around the menu: the drawer scrolls by itself, and a Scroller is a Tab stop of its own that
        // holds nothing to press.
        var drawer = new Div(brand, sideNav());
        drawer.addClassName("portal-drawer");
        addToDrawer(drawer);

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        viewTitle.addClassName("portal-view-title");
        var navbar = new Header(toggle, viewTitle);
        navbar.addClassName("portal-navbar");
        users.signedInUser().ifPresent(user -> navbar.add(userBlock(user, authentication)));
        addToNavbar(true, navbar);
    }

    private static SideNav sideNav() {
        var nav = new SideNav();
        nav.setLabel("Main menu");
        nav.addClassName("portal-sidenav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    /**
     * Words only, as on GOV.UK's service navigation: an icon per entry would be a component, and two state nodes,
     * kept for every open page (a quality manager's menu has eleven entries; issue 10, item 13).
     */
    private static SideNavItem item(MenuEntry entry) {
        return new SideNavItem(entry.title(), entry.path());
    }

    private static Div userBlock(SignedInUser user, AuthenticationContext authentication) {
        var name = new Span(user.displayName());
        name.addClassName("portal-user-name");
        var detail = new Span(user.employerText() + " · " + user.rolesText());
        detail.addClassName("portal-user-detail");
        var who = new Div(name, detail);
        who.addClassName("portal-user");

        var signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        var block = new Div(who, signOut);
        block.addClassName("portal-user-block");
        return block;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}

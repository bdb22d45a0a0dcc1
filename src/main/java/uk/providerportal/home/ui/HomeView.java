package uk.providerportal.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;

/** Home: who you are, the organisation you act for, and the parts of the portal your role can open. */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER, Role.Names.ASSESSOR, Role.Names.ADMIN})
class HomeView extends Main {

    HomeView(CurrentUser currentUser, OrganisationService organisations) {
        addClassName("portal-page");
        PortalIdentity me = currentUser.require();
        add(new H2("Welcome, " + me.displayName()));

        var you = new DescriptionList();
        you.add(term("Name"), detail(me.displayName()), term("Email"), detail(me.email()),
                term("Role"), detail(String.join(", ", me.sortedRoles().stream().map(Role::label).toList())));
        add(card("You", you));

        organisations.ownOrganisation().ifPresentOrElse(
                organisation -> add(card("Your organisation", organisationDetails(organisation))),
                () -> {
                    if (me.funderStaff()) {
                        add(card("Funder quality team", new Paragraph("You work across every delivery partner: "
                                + organisations.countActive() + " active organisations.")));
                    } else {
                        add(card("Your organisation", new Paragraph("Your account is not linked to an "
                                + "organisation yet. Ask your portal administrator to link it.")));
                    }
                });

        add(card("Where you can go", destinations()));
    }

    private static DescriptionList organisationDetails(OrganisationSummary organisation) {
        var details = new DescriptionList();
        details.add(term("Name"), detail(organisation.name()), term("Code"), detail(organisation.code()),
                term("Programme"), detail(organisation.programmeName()),
                term("Nation"), detail(organisation.nation().label()));
        details.setId("own-organisation");
        return details;
    }

    private static UnorderedList destinations() {
        var list = new UnorderedList();
        List<com.vaadin.flow.server.menu.MenuEntry> entries = MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> !entry.path().isEmpty() && !entry.path().equals("/"))
                .toList();
        entries.forEach(entry -> list.add(new ListItem(new Anchor(entry.path(), entry.title()))));
        if (entries.isEmpty()) {
            list.add(new ListItem("This page is everything your role can open today."));
        }
        list.addClassName("destinations");
        return list;
    }

    private static Section card(String heading, com.vaadin.flow.component.Component content) {
        var section = new Section(new H3(heading), content);
        section.addClassName("portal-card");
        return section;
    }

    private static DescriptionList.Term term(String text) {
        return new DescriptionList.Term(text);
    }

    private static DescriptionList.Description detail(String text) {
        return new DescriptionList.Description(text);
    }
}

package uk.providerportal.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.menu.MenuConfiguration;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CasesService;
import uk.providerportal.cases.RoundProgress;
import uk.providerportal.kpi.KpiFigure;
import uk.providerportal.kpi.KpiOverviewRow;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.appeal.AppealWindow;
import uk.providerportal.kpi.KpiService;
import uk.providerportal.kpi.PublishedKpi;
import uk.providerportal.organisation.Nation;
import uk.providerportal.sla.SlaRow;
import uk.providerportal.sla.SlaService;
import uk.providerportal.submission.MonthFolder;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.submission.WeekProgress;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;

/**
 * Home answers "what do I need to do now?" (issue 12, item 8). A delivery partner sees this month's filing against
 * the agreed volume and weekly samples, the next deadlines in UK working days of its nation, and its latest KPI. The
 * quality team sees the month's progress across organisations (filed against agreed, assessed, moderated, released,
 * published) and what is late. Everyone sees who they are and where they can go.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER, Role.Names.ASSESSOR, Role.Names.ADMIN})
class HomeView extends Main {

    /** One organisation's line in the quality team's month progress. */
    record ProgressRow(String organisation, String filed, int late, int waitingForAssessment, int assessed,
                       int waitingForModeration, int released, String kpi) {
    }

    private final KpiService kpis;
    private final AppealService appeals;
    private final AssessmentCalendar calendar;
    private final WorkingDayCalendar workingDays;
    private final LocalDate today;

    HomeView(CurrentUser currentUser, OrganisationService organisations, SubmissionService submissions,
             KpiService kpis, AssessmentCalendar calendar, WorkingDayCalendar workingDays, CasesService cases,
             SlaService sla, AppealService appeals, Clock clock) {
        this.kpis = kpis;
        this.appeals = appeals;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.today = LocalDate.now(clock);
        addClassName("portal-page");
        PortalIdentity me = currentUser.require();
        add(new H2("Welcome, " + me.displayName()));
        YearMonth month = YearMonth.from(today);

        Optional<OrganisationSummary> own = organisations.ownOrganisation();
        own.ifPresent(organisation -> {
            add(card("What to do now", providerToDo(organisation, submissions.monthFolder(organisation.id(), month)),
                    "home-todo"));
            add(card("Your latest KPI", latestKpi(kpis.latest(organisation.id())), "home-kpi"));
        });
        if (own.isEmpty() && (me.hasRole(Role.QUALITY_MANAGER) || me.hasRole(Role.ADMIN))) {
            add(card("This month across organisations", monthProgress(month, organisations.visibleOrganisations(),
                    cases.roundProgress(month), sla.month(month)), "home-progress"));
        }

        var you = new DescriptionList();
        you.add(term("Name"), detail(me.displayName()), term("Email"), detail(me.email()),
                term("Role"), detail(String.join(", ", me.sortedRoles().stream().map(Role::label).toList())));
        add(card("You", you, null));

        own.ifPresentOrElse(
                organisation -> add(card("Your organisation", organisationDetails(organisation), null)),
                () -> {
                    if (me.funderStaff()) {
                        add(card("Funder quality team", new Paragraph("You work across every delivery partner: "
                                + organisations.countActive() + " active organisations."), null));
                    } else {
                        add(card("Your organisation", new Paragraph("Your account is not linked to an "
                                + "organisation yet. Ask your portal administrator to link it."), null));
                    }
                });

        add(card("Where you can go", destinations(), null));
    }

    // --- a delivery partner's month --------------------------------------------------------------------------

    private Div providerToDo(OrganisationSummary organisation, MonthFolder folder) {
        Nation nation = organisation.nation();
        String monthName = DateFormats.month(folder.month());
        var filing = new Paragraph(folder.monthlyVolume() == null
                ? monthName + ": " + Plural.of(folder.filed(), "case") + " filed. No monthly volume is agreed "
                + "for this month yet; your performance manager sets it."
                : monthName + ": " + folder.filed() + " of " + folder.monthlyVolume() + " agreed cases filed"
                + (folder.weeklySample() == null ? "." : ", in weekly samples of " + folder.weeklySample() + "."));
        filing.setId("home-filing");

        var weeks = new Grid<WeekProgress>();
        weeks.addColumn(w -> w.week().label()).setHeader("Week").setFlexGrow(2);
        weeks.addColumn(w -> w.received() + " of " + w.expected()).setHeader("Received").setFlexGrow(1);
        weeks.addColumn(WeekProgress::state).setHeader("Sample").setFlexGrow(2);
        weeks.setItems(folder.weeks());
        weeks.setAllRowsVisible(true);
        weeks.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        weeks.setAriaLabel("Weekly samples of " + monthName);

        var deadlines = new DescriptionList();
        deadlines.setId("home-deadlines");
        folder.weeks().stream().filter(w -> !w.week().endsOn().isBefore(today)).findFirst().ifPresent(week ->
                deadlines.add(term("This week's sample"), detail(week.received() + " of " + week.expected()
                        + " received; due by " + DateFormats.date(week.week().endsOn()) + inWorkingDays(nation,
                        week.week().endsOn()))));
        deadlines.add(term("KPI publication"), detail(publicationText(folder.month(), nation)));
        deadlines.add(term("Appeals"), new DescriptionList.Description(appealText(organisation, nation)));
        var links = new Paragraph(new Anchor("cases", "Open your month folders"), new Span(" · "),
                new Anchor("cases/submit", "Submit a case"));
        return new Div(filing, deadlines, weeks, links);
    }

    private String publicationText(YearMonth month, Nation nation) {
        return kpis.firstPublicationDate(month)
                .map(on -> "The KPIs of " + DateFormats.month(month) + " were published on " + DateFormats.date(on)
                        + ".")
                .orElseGet(() -> {
                    LocalDate due = calendar.timetable(month).kpiPublication();
                    return DateFormats.date(due) + inWorkingDays(nation, due) + ", for " + DateFormats.month(month)
                            + ".";
                });
    }

    /** The appeal window of the latest published month, counted from its first publication in the nation. */
    private Component appealText(OrganisationSummary organisation, Nation nation) {
        Optional<YearMonth> latest = kpis.publishedMonths(organisation.id()).stream().findFirst();
        if (latest.isEmpty()) {
            return new Span("Nothing to appeal yet: no KPI has been published for your organisation.");
        }
        YearMonth month = latest.get();
        AppealWindow window = appeals.window(organisation.id(), month).orElseThrow();
        if (!window.open()) {
            return new Span("The appeal window for " + DateFormats.month(month) + " closed on "
                    + DateFormats.date(window.closesOn()) + ".");
        }
        return new Span(new Span("Appeals against the " + DateFormats.month(month) + " KPI close on "
                + DateFormats.date(window.closesOn()) + inWorkingDays(nation, window.closesOn()) + ". "),
                new Anchor("appeals/" + month, "See what can be appealed"));
    }

    private String inWorkingDays(Nation nation, LocalDate date) {
        if (date.equals(today)) {
            return " (today)";
        }
        if (date.isBefore(today)) {
            return "";
        }
        int days = workingDays.workingDaysAfter(nation, today, date);
        return " (" + (days == 0 ? "no working days left" : "in " + Plural.of(days, "working day")) + ")";
    }

    private static Div latestKpi(Optional<PublishedKpi> latest) {
        if (latest.isEmpty()) {
            return new Div(new Paragraph("No KPI has been published for your organisation yet. It is published on "
                    + "the last working day of each month."));
        }
        PublishedKpi kpi = latest.get();
        KpiFigure figure = kpi.inMonth();
        var details = new DescriptionList();
        details.add(term("Month"), detail(DateFormats.month(kpi.month()) + (kpi.revised() ? " (revised, version "
                + kpi.version() + ")" : "")));
        details.add(term("KPI"), detail(figure.kpiText() + (figure.kpiPercent() == null ? ""
                : " (" + figure.countsText() + ")")));
        details.add(term("Tier"), detail(figure.tierText()));
        details.add(term("Target"), detail(KpiFigure.percent(kpi.policy().kpiTarget()) + ": "
                + figure.targetText().toLowerCase(DateFormats.LOCALE)));
        details.setId("home-latest-kpi");
        return new Div(details, new Paragraph(new Anchor("kpi", "See your KPIs, trend and commentary")));
    }

    // --- the quality team's month ----------------------------------------------------------------------------

    private Div monthProgress(YearMonth month, List<OrganisationSummary> organisations,
                              Map<Long, RoundProgress> progress, List<SlaRow> volumes) {
        Map<Long, Integer> agreed = volumes.stream().filter(v -> v.monthlyVolume() != null)
                .collect(Collectors.toMap(SlaRow::organisationId, SlaRow::monthlyVolume, (a, b) -> a));
        Map<Long, PublishedKpi> published = kpis.overview(month, null).stream().map(KpiOverviewRow::kpi)
                .collect(Collectors.toMap(PublishedKpi::organisationId, k -> k));
        List<ProgressRow> rows = new ArrayList<>();
        List<String> late = new ArrayList<>();
        int waitingForModeration = 0;
        for (OrganisationSummary organisation : organisations) {
            if (!organisation.active()) {
                continue;
            }
            RoundProgress p = progress.getOrDefault(organisation.id(),
                    new RoundProgress(organisation.id(), 0, 0, Map.of()));
            Integer volume = agreed.get(organisation.id());
            PublishedKpi kpi = published.get(organisation.id());
            rows.add(new ProgressRow(organisation.name(), p.filed() + (volume == null ? " (none agreed)"
                    : " of " + volume), p.filedLate(), p.waitingForAssessment(), p.assessed(),
                    p.inRound(CaseStatus.SUBMITTED_FOR_MODERATION), p.inRound(CaseStatus.RELEASED),
                    kpi == null ? "Not yet" : kpi.inMonth().kpiText()));
            waitingForModeration += p.inRound(CaseStatus.SUBMITTED_FOR_MODERATION);
            if (p.filedLate() > 0) {
                late.add(organisation.name() + " (" + Plural.of(p.filedLate(), "late case") + ")");
            }
        }
        var grid = new Grid<ProgressRow>();
        grid.addColumn(ProgressRow::organisation).setHeader("Organisation").setSortable(true).setFlexGrow(4)
                .setComparator(ProgressRow::organisation);
        grid.addColumn(ProgressRow::filed).setHeader("Filed").setFlexGrow(2);
        grid.addColumn(ProgressRow::late).setHeader("Late").setFlexGrow(1);
        grid.addColumn(ProgressRow::waitingForAssessment).setHeader("To assess").setFlexGrow(2);
        grid.addColumn(ProgressRow::assessed).setHeader("Assessed").setFlexGrow(2);
        grid.addColumn(ProgressRow::waitingForModeration).setHeader("To moderate").setFlexGrow(2);
        grid.addColumn(ProgressRow::released).setHeader("Released").setFlexGrow(2);
        grid.addColumn(ProgressRow::kpi).setHeader("KPI").setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 12);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("This month's progress per organisation");

        LocalDate due = calendar.timetable(month).kpiPublication();
        var summary = new Paragraph(DateFormats.month(month) + ": KPIs "
                + kpis.firstPublicationDate(month).map(on -> "published on " + DateFormats.date(on))
                .orElseGet(() -> "due on " + DateFormats.date(due) + inWorkingDays(Nation.ENGLAND_AND_WALES, due))
                + ". " + (waitingForModeration == 0 ? "Nothing waits for moderation. "
                : Plural.of(waitingForModeration, "case") + " waiting for moderation. ")
                + (late.isEmpty() ? "No late cases." : "Late: " + String.join(", ", late) + "."));
        summary.setId("home-month-summary");
        var links = new Paragraph(new Anchor("quality/queue", "Triage queue"), new Span(" · "),
                new Anchor("quality/moderation", "Moderation"), new Span(" · "),
                new Anchor("kpi-publication", "KPI publication"));
        return new Div(summary, grid, links);
    }

    // --- shared ------------------------------------------------------------------------------------------------

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

    private static Section card(String heading, com.vaadin.flow.component.Component content,
                                @org.jspecify.annotations.Nullable String id) {
        var section = new Section(new H3(heading), content);
        section.addClassName("portal-card");
        if (id != null) {
            section.setId(id);
        }
        return section;
    }

    private static DescriptionList.Term term(String text) {
        return new DescriptionList.Term(text);
    }

    private static DescriptionList.Description detail(String text) {
        return new DescriptionList.Description(text);
    }
}

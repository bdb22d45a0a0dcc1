package uk.providerportal.submission.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.base.ui.NarrowWindow;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
import uk.providerportal.cases.FolderQuery;
import uk.providerportal.cases.ui.CaseFileLinks;
import uk.providerportal.cases.ui.CaseStatusBadge;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;
import uk.providerportal.submission.MonthFolder;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.submission.WeekProgress;

/**
 * Month folders: per month, progress against the agreed volume overall and week by week, and the cases filed there
 * with their status. Providers see their own organisation and may withdraw a case before its assessment starts;
 * funder staff choose the organisation.
 */
@Route("cases")
@PageTitle("Month folders")
@Menu(order = 22, icon = "vaadin:folder-open", title = "Month folders")
@RolesAllowed({Role.Names.PROVIDER_USER, Role.Names.QUALITY_MANAGER, Role.Names.ASSESSOR, Role.Names.ADMIN})
class MonthFoldersView extends Main implements BeforeEnterObserver {

    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Delivery partner");
    final ComboBox<YearMonth> month = new ComboBox<>("Month folder");
    final Section summary = new Section();
    final TextField search = new TextField("Find a case");
    final ComboBox<CaseStatus> status = new ComboBox<>("Status");
    final Grid<CaseSummary> grid = new Grid<>();

    private final SubmissionService submissions;

    private final Clock clock;
    private final CasesService cases;
    private final boolean provider;
    private final CaseFileLinks fileLinks;
    private @Nullable MonthFolder folder;
    private Grid.@Nullable Column<CaseSummary> compact;

    MonthFoldersView(SubmissionService submissions, CasesService cases, OrganisationService organisations,
                     CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.submissions = submissions;
        this.cases = cases;
        var me = currentUser.require();
        this.provider = me.hasRole(Role.PROVIDER_USER);
        this.fileLinks = new CaseFileLinks(cases, grid);
        boolean onlyAssigned = !provider && !me.hasRole(Role.QUALITY_MANAGER) && !me.hasRole(Role.ADMIN);
        addClassName("portal-page");

        List<OrganisationSummary> visible = organisations.visibleOrganisations();
        // Combo boxes, not selects: a select keeps two state nodes per option in the session (issue 10, item 13).
        organisation.setItems(visible);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setVisible(!provider);
        organisation.setWidth("20rem");
        if (!visible.isEmpty()) {
            organisation.setValue(visible.getFirst());
        }
        month.setItemLabelGenerator(m -> DateFormats.month(m.atDay(1)));
        month.setWidth("14rem");
        organisation.addValueChangeListener(change -> {
            if (change.getValue() == null && change.getOldValue() != null) {
                organisation.setValue(change.getOldValue()); // emptied by hand: a folder always belongs to someone
            } else {
                loadMonths(null);
            }
        });
        month.addValueChangeListener(change -> {
            if (change.getValue() == null && change.getOldValue() != null && change.isFromClient()) {
                month.setValue(change.getOldValue());
            } else {
                refresh();
            }
        });

        search.setPlaceholder("Case reference");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> showCases());
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(CaseStatus::label);
        status.setPlaceholder("Any status");
        status.setClearButtonVisible(true);
        status.addValueChangeListener(change -> showCases());

        var reference = grid.addColumn(LitRenderer.<CaseSummary>of("<div class=\"case-cell\"><span class=\"case-reference\">"
                        + "${item.reference}</span><span class=\"case-detail\">${item.detail}</span></div>")
                .withProperty("reference", CaseSummary::reference)
                .withProperty("detail", c -> c.channel().label() + ", completed " + DateFormats.date(c.completedOn())))
                .setHeader("Case").setSortProperty("reference").setWidth("9rem").setFlexGrow(2);
        var submitted = grid.addColumn(LitRenderer.<CaseSummary>of("<div class=\"case-cell\"><span>${item.submitted}"
                        + "</span><span>${item.week}</span></div>")
                .withProperty("submitted", c -> DateFormats.date(c.submittedAt().atZone(DateFormats.ZONE).toLocalDate()))
                .withProperty("week", MonthFoldersView::week))
                .setHeader("Submitted").setSortProperty("submittedAt")
                .setTooltipGenerator(c -> DateFormats.dateTime(c.submittedAt())).setWidth("7rem").setFlexGrow(1);
        var state = grid.addColumn(CaseStatusBadge.renderer()).setHeader("Status").setSortProperty("status")
                .setWidth("8rem").setFlexGrow(0);
        var files = grid.addColumn(fileLinks.renderer()).setHeader("Files").setWidth("8rem").setFlexGrow(2);
        List<Grid.Column<CaseSummary>> wide = new java.util.ArrayList<>(List.of(reference, submitted, state, files));
        if (provider) {
            wide.add(grid.addColumn(withdrawButton()).setHeader("Actions").setWidth("7.5rem").setFlexGrow(0));
        }
        // A narrow window (a phone, or zoomed to 400 %) shows each case as one summary cell, actions included. It is
        // made only when needed: its components per row would otherwise cost every wide page memory for nothing.
        NarrowWindow.track(this, narrow -> {
            wide.forEach(column -> column.setVisible(!narrow));
            if (narrow && compact == null) {
                compact = grid.addComponentColumn(this::summaryCell).setHeader("Cases").setSortProperty("submittedAt");
            } else if (!narrow && compact != null) {
                grid.removeColumn(compact);
                compact = null;
            }
        });
        grid.setMultiSort(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Cases in this month folder");
        grid.addClassName("case-list");
        grid.setItemsPageable(pageable -> folder == null ? List.of() : cases.folderPage(query(folder), pageable),
                pageable -> folder == null ? 0 : cases.folderCount(query(folder)));

        grid.setHeight("32rem");

        // A provider has one organisation: the field is not on the page at all, so it costs the session nothing.
        var choose = provider ? new HorizontalLayout(month) : new HorizontalLayout(organisation, month);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);
        var filters = new HorizontalLayout(search, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        for (com.vaadin.flow.component.HasSize field : List.<com.vaadin.flow.component.HasSize>of(organisation, month,
                search, status)) {
            field.setMaxWidth("100%");
        }
        summary.addClassName("portal-card");
        add(choose, summary, new H3(onlyAssigned ? "Cases assigned to you" : "Cases"));
        if (onlyAssigned) {
            add(new Paragraph("As an assessor you see only the cases assigned to you; the counts above include "
                    + "every case in the folder."));
        }
        add(filters, grid);
        loadMonths(null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("month").ifPresent(text -> {
            try {
                loadMonths(YearMonth.parse(text));
            } catch (java.time.format.DateTimeParseException ignored) {
                // an unreadable month in a link: stay on the current one
            }
        });
    }

    private void loadMonths(@Nullable YearMonth wanted) {
        OrganisationSummary chosen = organisation.getValue();
        if (chosen == null) {
            return;
        }
        List<YearMonth> months = submissions.folderMonths(chosen.id());
        month.setItems(months);
        YearMonth now = YearMonth.now(clock.withZone(DateFormats.ZONE));
        month.setValue(wanted != null && months.contains(wanted) ? wanted : now);
    }

    void refresh() {
        OrganisationSummary chosen = organisation.getValue();
        if (chosen == null || month.getValue() == null) {
            return;
        }
        folder = submissions.monthFolder(chosen.id(), month.getValue());
        summary.removeAll();
        String monthName = DateFormats.month(folder.month().atDay(1));
        summary.add(new H3(monthName + ": " + folder.organisationName()));
        if (folder.monthlyVolume() == null) {
            summary.add(new Paragraph(Plural.of(folder.filed(), "case") + " filed. No sample volume is agreed for " + monthName
                    + " yet."));
        } else {
            int volume = folder.monthlyVolume();
            var bar = new ProgressBar(0, Math.max(1, volume), Math.min(volume, folder.filed()));
            bar.getElement().setAttribute("aria-label", "Cases filed against the agreed volume");
            bar.setWidth("24rem");
            bar.setMaxWidth("100%");
            summary.add(new Paragraph(folder.filed() + " of " + volume + " cases filed for " + monthName
                    + (folder.filed() >= volume ? ": the agreed volume is reached, so further cases go into the next "
                    + "month's folder." : ".") + " Agreed weekly sample: " + folder.weeklySample() + "."), bar);
            var weeks = new UnorderedList();
            weeks.addClassName("week-progress");
            for (WeekProgress week : folder.weeks()) {
                var item = new ListItem(week.week().label() + ": " + week.state());
                if (week.state().endsWith("late")) {
                    item.addClassName("late");
                }
                weeks.add(item);
            }
            summary.add(weeks);
        }
        showCases();
    }

    private void showCases() {
        grid.getDataProvider().refreshAll();
    }

    /** The folder and the filters chosen now. */
    private FolderQuery query(MonthFolder shown) {
        return new FolderQuery(shown.organisationId(), shown.month(), search.getValue(), status.getValue());
    }

    private static String week(CaseSummary sample) {
        return "Week " + sample.sampleWeek() + (sample.late() ? ", late" : "");
    }

    private Div summaryCell(CaseSummary sample) {
        var reference = new Span(sample.reference());
        reference.addClassName("case-reference");
        var detail = new Span(sample.channel().label() + ", completed " + DateFormats.date(sample.completedOn()));
        detail.addClassName("case-detail");
        var submitted = new Span("Submitted " + DateFormats.date(sample.submittedAt().atZone(DateFormats.ZONE)
                .toLocalDate()) + ", " + week(sample).toLowerCase(Locale.UK));
        var badge = new Span(CaseStatusBadge.text(sample));
        badge.getElement().getThemeList().add("badge");
        var cell = new Div(reference, detail, submitted, badge, files(sample));
        if (provider && sample.status().withdrawable()) {
            var withdraw = new Button("Withdraw", click -> confirmWithdraw(sample));
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.setAriaLabel("Withdraw case " + sample.reference());
            cell.add(withdraw);
        }
        cell.addClassName("case-summary");
        return cell;
    }

    private Div files(CaseSummary sample) {
        var files = new Div();
        files.addClassName("case-files");
        for (CaseFileSummary file : sample.files()) {
            var link = new Anchor(fileLinks.href(sample.id(), file.id()), file.fileName());
            link.getElement().setAttribute("download", true);
            link.getElement().setAttribute("aria-label", "Download " + file.fileName() + " of case "
                    + sample.reference());
            files.add(link);
        }
        return files;
    }

    /** Drawn by the grid in the browser (no component per row); hidden once assessment has started. */
    private LitRenderer<CaseSummary> withdrawButton() {
        return LitRenderer.<CaseSummary>of("<vaadin-button theme=\"tertiary error\" aria-label=\"${item.withdrawLabel}\""
                        + " ?hidden=\"${!item.withdrawable}\" @click=\"${withdraw}\">Withdraw</vaadin-button>")
                .withProperty("withdrawLabel", sample -> "Withdraw case " + sample.reference())
                .withProperty("withdrawable", sample -> sample.status().withdrawable())
                .withFunction("withdraw", sample -> {
                    if (sample.status().withdrawable()) {
                        confirmWithdraw(sample);
                    }
                });
    }

    private void confirmWithdraw(CaseSummary sample) {
        new WithdrawCaseDialog(cases, sample, this::refresh).open();
    }
}

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
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.cases.CaseFileSummary;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.CasesService;
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

    final Select<OrganisationSummary> organisation = new Select<>();
    final Select<YearMonth> month = new Select<>();
    final Section summary = new Section();
    final TextField search = new TextField("Find a case");
    final Select<CaseStatus> status = new Select<>();
    final Grid<CaseSummary> grid = new Grid<>();

    private final SubmissionService submissions;
    private final CasesService cases;
    private final boolean provider;
    private @Nullable MonthFolder folder;

    MonthFoldersView(SubmissionService submissions, CasesService cases, OrganisationService organisations,
                     CurrentUser currentUser) {
        this.submissions = submissions;
        this.cases = cases;
        var me = currentUser.require();
        this.provider = me.hasRole(Role.PROVIDER_USER);
        boolean onlyAssigned = !provider && !me.hasRole(Role.QUALITY_MANAGER) && !me.hasRole(Role.ADMIN);
        addClassName("portal-page");

        List<OrganisationSummary> visible = organisations.visibleOrganisations();
        organisation.setLabel("Delivery partner");
        organisation.setItems(visible);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setVisible(!provider);
        organisation.setWidth("20rem");
        if (!visible.isEmpty()) {
            organisation.setValue(visible.getFirst());
        }
        month.setLabel("Month folder");
        month.setItemLabelGenerator(m -> DateFormats.month(m.atDay(1)));
        month.setWidth("14rem");
        organisation.addValueChangeListener(change -> loadMonths(null));
        month.addValueChangeListener(change -> refresh());

        search.setPlaceholder("Case reference");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> showCases());
        status.setLabel("Status");
        status.setItems(CaseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(change -> showCases());

        grid.addColumn(CaseSummary::reference).setHeader("Case reference").setSortable(true)
                .setComparator(Comparator.comparing(CaseSummary::reference)).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(c -> c.channel().label()).setHeader("Channel").setSortable(true).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(c -> DateFormats.date(c.completedOn())).setHeader("Completed").setSortable(true)
                .setComparator(Comparator.comparing(CaseSummary::completedOn)).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(c -> DateFormats.date(c.submittedAt().atZone(DateFormats.ZONE).toLocalDate()))
                .setHeader("Submitted").setSortable(true).setComparator(Comparator.comparing(CaseSummary::submittedAt))
                .setTooltipGenerator(c -> DateFormats.dateTime(c.submittedAt())).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(c -> "Week " + c.sampleWeek() + (c.late() ? ", late" : "")).setHeader("Week")
                .setSortable(true).setComparator(Comparator.comparing(CaseSummary::sampleWeek)).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(CaseStatusBadge.renderer()).setHeader("Status").setSortable(true)
                .setComparator(Comparator.comparing(CaseSummary::status)).setAutoWidth(true);
        grid.addComponentColumn(this::files).setHeader("Files").setFlexGrow(1);
        if (provider) {
            grid.addColumn(withdrawButton()).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Cases in this month folder");
        grid.setAllRowsVisible(true);

        var choose = new HorizontalLayout(organisation, month);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        var filters = new HorizontalLayout(search, status);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
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
        YearMonth now = YearMonth.now(DateFormats.ZONE);
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
            summary.add(new Paragraph(folder.filed() + " case(s) filed. No sample volume is agreed for " + monthName
                    + " yet."));
        } else {
            int volume = folder.monthlyVolume();
            var bar = new ProgressBar(0, Math.max(1, volume), Math.min(volume, folder.filed()));
            bar.getElement().setAttribute("aria-label", "Cases filed against the agreed volume");
            bar.setWidth("24rem");
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
        if (folder == null) {
            return;
        }
        String text = search.getValue().strip().toLowerCase(Locale.UK);
        grid.setItems(folder.cases().stream()
                .filter(c -> text.isEmpty() || c.reference().toLowerCase(Locale.UK).contains(text))
                .filter(c -> status.getValue() == null || c.status() == status.getValue())
                .toList());
    }

    private Div files(CaseSummary sample) {
        var files = new Div();
        files.addClassName("case-files");
        for (CaseFileSummary file : sample.files()) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                var download = cases.openFile(sample.id(), file.id());
                return new com.vaadin.flow.server.streams.DownloadResponse(download.content().open(),
                        download.fileName(), download.mediaType(), download.size());
            }), file.fileName());
            link.setDownload(true);
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

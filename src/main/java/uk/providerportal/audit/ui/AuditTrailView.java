package uk.providerportal.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import uk.providerportal.audit.AuditEntry;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditOutcome;
import uk.providerportal.audit.AuditQuery;
import uk.providerportal.audit.OrganisationNames;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.DownloadLinks;
import uk.providerportal.security.Role;

/** The audit trail for admins and quality managers: filter by dates, person, organisation and action; export. */
@Route("audit")
@PageTitle("Audit trail")
@Menu(order = 90, icon = "vaadin:records", title = "Audit trail")
@RolesAllowed({Role.Names.ADMIN, Role.Names.QUALITY_MANAGER})
class AuditTrailView extends Main {

    final DatePicker from = DatePickers.ukDatePicker("From");
    final DatePicker to = DatePickers.ukDatePicker("To");
    final TextField who = new TextField("Who");
    final ComboBox<Long> organisation = new ComboBox<>("Organisation");
    final ComboBox<String> action = new ComboBox<>("Action");
    final ComboBox<AuditOutcome> outcome = new ComboBox<>("Outcome");
    final Grid<AuditEntry> grid = new Grid<>();
    final Paragraph total = new Paragraph();

    AuditTrailView(AuditLog auditLog, OrganisationNames organisationNames, Clock clock) {
        addClassName("portal-page");
        Map<Long, String> names = organisationNames.all();

        from.setValue(LocalDate.now(clock).minusDays(30));
        to.setValue(LocalDate.now(clock));
        who.setPlaceholder("Name or email");
        who.setValueChangeMode(ValueChangeMode.LAZY);
        who.setClearButtonVisible(true);
        organisation.setItems(names.keySet());
        organisation.setItemLabelGenerator(id -> names.getOrDefault(id, "Organisation " + id));
        organisation.setClearButtonVisible(true);
        action.setItems(auditLog.actions());
        action.setClearButtonVisible(true);
        outcome.setItems(AuditOutcome.values());
        outcome.setItemLabelGenerator(value -> switch (value) {
            case DONE -> "Done";
            case DENIED -> "Denied";
            case FAILED -> "Failed";
        });
        outcome.setClearButtonVisible(true);

        grid.addColumn(entry -> DateFormats.dateTime(entry.occurredAt())).setHeader("When (UK time)")
                .setSortProperty("occurredAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setSortProperty("actorName").setAutoWidth(true);
        grid.addColumn(entry -> entry.actorOrganisationId() == null ? "Funder / system"
                : names.getOrDefault(entry.actorOrganisationId(), "Organisation " + entry.actorOrganisationId()))
                .setHeader("Organisation").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setSortProperty("action").setAutoWidth(true);
        grid.addColumn(entry -> entry.entityType() == null ? "" : entry.entityType()
                + (entry.entityId() == null ? "" : " " + entry.entityId())).setHeader("Item").setAutoWidth(true);
        grid.addColumn(entry -> entry.outcome().name()).setHeader("Outcome").setSortProperty("outcome")
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::summary).setHeader("Summary").setWidth("28rem").setFlexGrow(1)
                .setTooltipGenerator(AuditEntry::summary);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setAriaLabel("Audit trail");
        grid.setItemsPageable(pageable -> auditLog.search(query(), newestFirst(pageable)),
                pageable -> auditLog.count(query()));
        grid.setHeight("34rem");

        var export = DownloadLinks.primary(event -> {
            event.setFileName("audit-trail-" + LocalDate.now(clock) + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            auditLog.export(query(), event.getOutputStream());
        }, "Export to Excel");
        export.setId("export-audit");

        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[]{from, to, who, organisation, action, outcome}) {
            field.addValueChangeListener(change -> refresh(auditLog));
        }
        var filters = new HorizontalLayout(from, to, who, organisation, action, outcome);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        var actions = new HorizontalLayout(total, export);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        actions.setWidthFull();
        add(new Paragraph("Every change, sign-in and access decision in the portal, newest first. Times are UK "
                + "local time; the export also gives UTC."), filters, actions, grid);
        refresh(auditLog);
    }

    private void refresh(AuditLog auditLog) {
        grid.getDataProvider().refreshAll();
        long count = auditLog.count(query());
        total.setText(count + (count == 1 ? " entry" : " entries"));
    }

    AuditQuery query() {
        return new AuditQuery(from.getValue(), to.getValue(), who.getValue(), organisation.getValue(),
                action.getValue(), outcome.getValue());
    }

    private static Pageable newestFirst(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("id")));
    }
}

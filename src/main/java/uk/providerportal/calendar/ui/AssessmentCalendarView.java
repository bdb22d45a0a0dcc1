package uk.providerportal.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.IntStream;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calendar.AssessmentCalendar;
import uk.providerportal.calendar.CalendarChangeRefused;
import uk.providerportal.calendar.MonthTimetable;
import uk.providerportal.organisation.Nation;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/** The year's assessment timetable: submission periods, KPI publication dates and appeal deadlines per nation. */
@Route("admin/assessment-calendar")
@PageTitle("Assessment calendar")
@Menu(order = 71, icon = "vaadin:calendar-clock", title = "Assessment calendar")
@RolesAllowed({Role.Names.ADMIN, Role.Names.QUALITY_MANAGER})
class AssessmentCalendarView extends Main {

    final Select<Integer> year = new Select<>();
    final Grid<MonthTimetable> grid = new Grid<>();
    private final AssessmentCalendar calendar;

    AssessmentCalendarView(AssessmentCalendar calendar, CurrentUser currentUser, Clock clock) {
        this.calendar = calendar;
        boolean admin = currentUser.require().hasRole(Role.ADMIN);
        addClassName("portal-page");
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel("Year");
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 1).boxed().toList());
        year.setValue(thisYear);
        year.setWidth("10rem");
        year.addValueChangeListener(change -> refresh());

        grid.addColumn(t -> DateFormats.month(t.month().atDay(1))).setHeader("Month").setAutoWidth(true);
        grid.addColumn(t -> DateFormats.dayAndMonth(t.submissionOpens()) + " to "
                + DateFormats.dayAndMonth(t.submissionCloses()))
                .setHeader("Submissions").setAutoWidth(true);
        grid.addColumn(t -> DateFormats.date(t.kpiPublication()) + (t.delayed() ? " (moved: " + t.delayReason() + ")"
                : "")).setHeader("KPI published").setAutoWidth(true);
        grid.addColumn(t -> t.appealWindowDays() + " working days").setHeader("Appeal window").setAutoWidth(true);
        for (Nation nation : Nation.values()) {
            grid.addColumn(t -> DateFormats.date(calendar.appealDeadline(t, nation)))
                    .setHeader("Appeals close, " + nation.label()).setWidth("9.5rem").setFlexGrow(0);
        }
        if (admin) {
            grid.addComponentColumn(t -> {
                var edit = new Button("Change", click -> edit(t));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel("Change the timetable of " + DateFormats.month(t.month().atDay(1)));
                return edit;
            }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Assessment calendar");
        add(new Paragraph("KPIs are published on the last working day of the month unless moved for a reason. The "
                + "appeal window counts working days in each organisation's nation from the actual publication date, "
                + "so a late publication never shortens it."), year, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(calendar.year(year.getValue()));
    }

    void edit(MonthTimetable timetable) {
        var dialog = new Dialog("Timetable for " + DateFormats.month(timetable.month().atDay(1)));
        DatePicker opens = DatePickers.ukDatePicker("Submissions open");
        opens.setValue(timetable.submissionOpens());
        DatePicker closes = DatePickers.ukDatePicker("Submissions close");
        closes.setValue(timetable.submissionCloses());
        DatePicker publication = DatePickers.ukDatePicker("KPI published on (leave empty for the usual date)");
        publication.setValue(timetable.delayed() ? timetable.kpiPublication() : null);
        var reason = new TextField("Why publication moves");
        reason.setValue(timetable.delayReason() == null ? "" : timetable.delayReason());
        var window = new IntegerField("Appeal window (working days)");
        window.setValue(timetable.appealWindowDays());
        var form = new FormLayout(opens, closes, publication, reason, window);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var fields = java.util.Map.<String, com.vaadin.flow.component.shared.HasValidationProperties>of(
                "submissionOpens", opens, "submissionCloses", closes, "publicationOverride", publication,
                "overrideReason", reason, "appealWindowDays", window);
        var save = new Button("Save", click -> {
            FieldErrors.clear(fields);
            try {
                calendar.setTimetable(timetable.month(), opens.getValue(), closes.getValue(),
                        publication.getValue(), reason.getValue(),
                        Objects.requireNonNullElse(window.getValue(), 0));
                dialog.close();
                refresh();
                Notifications.success("Saved the timetable for " + DateFormats.month(timetable.month().atDay(1)));
            } catch (CalendarChangeRefused refused) {
                FieldErrors.show(refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }
}

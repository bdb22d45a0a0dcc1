package uk.providerportal.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.stream.IntStream;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ui.DatePickers;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calendar.CalendarChangeRefused;
import uk.providerportal.calendar.ExceptionKind;
import uk.providerportal.calendar.NonWorkingDay;
import uk.providerportal.calendar.WorkingDayCalendar;
import uk.providerportal.organisation.Nation;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Role;

/** Each nation's non-working weekdays by year; admins add one-off holidays or mark bank holidays as worked. */
@Route("admin/calendar")
@PageTitle("Working days")
@Menu(order = 70, icon = "vaadin:calendar", title = "Working days")
@RolesAllowed({Role.Names.ADMIN, Role.Names.QUALITY_MANAGER})
class WorkingDaysView extends Main {

    final Select<Nation> nation = new Select<>();
    final Select<Integer> year = new Select<>();
    final Grid<NonWorkingDay> grid = new Grid<>();
    final DatePicker date = DatePickers.ukDatePicker("Date");
    final Select<ExceptionKind> kind = new Select<>();
    final TextField reason = new TextField("Reason");
    final Button add = new Button("Add change");

    private final WorkingDayCalendar calendar;
    private final boolean admin;

    WorkingDaysView(WorkingDayCalendar calendar, CurrentUser currentUser, Clock clock) {
        this.calendar = calendar;
        this.admin = currentUser.require().hasRole(Role.ADMIN);
        addClassName("portal-page");

        nation.setLabel("Nation");
        nation.setItems(Nation.values());
        nation.setItemLabelGenerator(Nation::label);
        nation.setValue(Nation.ENGLAND_AND_WALES);
        int thisYear = LocalDate.now(clock).getYear();
        year.setLabel("Year");
        year.setItems(IntStream.rangeClosed(thisYear - 3, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        nation.addValueChangeListener(change -> refresh());
        nation.setWidth("16rem");
        year.setWidth("8rem");
        year.addValueChangeListener(change -> refresh());

        grid.addColumn(day -> DateFormats.date(day.date())).setHeader("Date").setAutoWidth(true)
                .setComparator(NonWorkingDay::date);
        grid.addColumn(day -> day.date().getDayOfWeek().getDisplayName(TextStyle.FULL, DateFormats.LOCALE))
                .setHeader("Day").setAutoWidth(true);
        grid.addColumn(NonWorkingDay::description).setHeader("Description").setFlexGrow(1);
        grid.addColumn(day -> day.source() == NonWorkingDay.Source.BANK_HOLIDAY ? "Bank holiday"
                : day.working() ? "Admin: worked bank holiday" : "Admin: extra non-working day")
                .setHeader("Source").setAutoWidth(true);
        if (admin) {
            grid.addComponentColumn(day -> {
                if (day.exceptionId() == null) {
                    return new com.vaadin.flow.component.html.Span();
                }
                var remove = new Button("Remove", click -> remove(day));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove the change on " + DateFormats.date(day.date()));
                return remove;
            }).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Non-working weekdays");

        var pickers = new HorizontalLayout(nation, year);
        add(new Paragraph("Deadlines count working days in the organisation's nation: weekdays that are not bank "
                + "holidays there. Bank holidays come from the UK holiday calendar; admins add what it cannot know."),
                pickers, grid);
        if (admin) {
            add(changeForm());
        }
        refresh();
    }

    private Section changeForm() {
        kind.setLabel("Change");
        kind.setItems(ExceptionKind.values());
        kind.setItemLabelGenerator(ExceptionKind::label);
        kind.setValue(ExceptionKind.NON_WORKING);
        reason.setPlaceholder("e.g. One-off bank holiday for a state occasion");
        reason.setWidth("24rem");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> addChange());
        var row = new HorizontalLayout(date, kind, reason, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var section = new Section(new H3("Change a day in the selected nation"), row);
        section.addClassName("portal-card");
        return section;
    }

    void addChange() {
        date.setInvalid(false);
        reason.setInvalid(false);
        if (date.getValue() == null) {
            date.setErrorMessage("Choose the date to change.");
            date.setInvalid(true);
            return;
        }
        try {
            calendar.addException(nation.getValue(), date.getValue(), kind.getValue(), reason.getValue());
            Notifications.success(kind.getValue().label() + " added for " + DateFormats.date(date.getValue()));
            year.setValue(date.getValue().getYear());
            date.clear();
            reason.clear();
            refresh();
        } catch (CalendarChangeRefused refused) {
            FieldErrors.show(refused, java.util.Map.of("reason", reason, "date", date));
        }
    }

    private void remove(NonWorkingDay day) {
        calendar.removeException(java.util.Objects.requireNonNull(day.exceptionId()));
        Notifications.success("Removed the change on " + DateFormats.date(day.date()));
        refresh();
    }

    private void refresh() {
        grid.setItems(calendar.nonWorkingDays(nation.getValue(), year.getValue()));
    }
}

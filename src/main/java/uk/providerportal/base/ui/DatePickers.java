package uk.providerportal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import uk.providerportal.base.DateFormats;

/** Date pickers that read and accept dates the UK way, e.g. 6 March 2023 or 06/03/2023. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker ukDatePicker(String label) {
        var picker = new DatePicker(label);
        picker.setLocale(DateFormats.LOCALE);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("d MMMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"));
        i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        i18n.setToday("Today");
        i18n.setCancel("Cancel");
        picker.setI18n(i18n);
        // Wide enough for the longest en-GB date, "30 September 2026".
        picker.setWidth("13.5rem");
        return picker;
    }
}

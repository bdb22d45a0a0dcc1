package uk.providerportal.calibration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.CaseCommentary;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.base.ChangeRefused;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.base.ui.FieldErrors;
import uk.providerportal.base.ui.Notifications;
import uk.providerportal.calibration.CalibrationRequestService;
import uk.providerportal.calibration.CalibrationRequestSummary;
import uk.providerportal.security.Role;

/**
 * Asking for a calibration session (issue 11, item 9): on one released case ({@code ?case=}, from its commentary) or
 * on a month's released outcomes as a whole ({@code ?month=}, or chosen here), saying what to discuss.
 */
@Route("calibration-requests/new")
@PageTitle("Ask for a calibration session")
@RolesAllowed(Role.Names.PROVIDER_USER)
class CalibrationRequestFormView extends Main implements BeforeEnterObserver {

    static final String PATH = "calibration-requests/new";
    static final int MAX_TOPIC = 1000;

    final Paragraph about = new Paragraph();
    final ComboBox<YearMonth> month = new ComboBox<>("Assessment month");
    final TextArea topic = new TextArea("What would you like to discuss?");
    final Button ask = new Button("Ask for a calibration session");
    final Anchor back = new Anchor(CalibrationRequestsView.PATH, "Back to your calibration requests");

    private final CalibrationRequestService calibration;
    private final ModerationService moderation;
    private @Nullable CaseCommentary onCase;

    CalibrationRequestFormView(CalibrationRequestService calibration, ModerationService moderation) {
        this.calibration = calibration;
        this.moderation = moderation;
        addClassName("portal-page");
        month.setItemLabelGenerator(DateFormats::month);
        month.setHelperText("The request is about this month's released outcomes as a whole.");
        month.setWidth("16rem");
        topic.setRequired(true);
        topic.setMaxLength(MAX_TOPIC);
        topic.setHelperText("E.g. the standards you see differently and why; up to " + MAX_TOPIC + " characters.");
        topic.setWidthFull();
        topic.setMinHeight("8rem");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickListener(click -> ask());
        add(back, about, month, topic, ask);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        String caseText = parameters.getSingleParameter("case").orElse(null);
        // The same view may be shown again for another case or month: start afresh.
        onCase = null;
        month.setVisible(true);
        ask.setEnabled(true);
        topic.clear();
        topic.setInvalid(false);
        try {
            if (caseText != null) {
                onCase = moderation.commentary(Long.parseLong(caseText));
                about.setText("About case " + onCase.reference() + ", " + DateFormats.month(onCase.round())
                        + " (score " + onCase.score() + ", " + onCase.result().toLowerCase(DateFormats.LOCALE) + ").");
                month.setVisible(false);
                return;
            }
            List<YearMonth> months = moderation.releasedMonths();
            month.setItems(months);
            YearMonth asked = parameters.getSingleParameter("month").map(YearMonth::parse).orElse(null);
            month.setValue(asked != null && months.contains(asked) ? asked : months.isEmpty() ? null
                    : months.getFirst());
            about.setText(months.isEmpty() ? "None of your outcomes has been released yet: you can ask once one "
                    + "has." : "About a month's released outcomes as a whole. To ask about one case, open its "
                    + "commentary and follow \u201cAsk for a calibration session on this case\u201d.");
            ask.setEnabled(!months.isEmpty());
        } catch (NumberFormatException | DateTimeParseException | ItemNotFoundException notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    void ask() {
        try {
            CalibrationRequestSummary asked;
            if (onCase != null) {
                asked = calibration.askAboutCase(onCase.caseId(), topic.getValue());
            } else if (month.getValue() == null) {
                month.setErrorMessage("Choose the month whose outcomes you would like to discuss.");
                month.setInvalid(true);
                return;
            } else {
                asked = calibration.askAboutMonth(month.getValue(), topic.getValue());
            }
            Notifications.success("Your request on " + asked.about() + " is with the quality team. They will "
                    + "schedule a session or answer in writing; it shows on this page.");
            getUI().ifPresent(ui -> ui.navigate(CalibrationRequestsView.path(asked.id())));
        } catch (ChangeRefused refused) {
            FieldErrors.show(refused, Map.of("topic", topic, "month", month));
        }
    }
}

package uk.providerportal.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardLine;

/**
 * One standard of a scorecard: a radio group for its outcome and, only while it is not met, the customer impact (for
 * standards that carry it) and a note. Plain Java, not a component of its own: a page keeps one small block per
 * standard. Shared by the real scorecard and calibration's blind one, so both ask the same way.
 */
public final class StandardEditor {

    final ScorecardLine line;

    public ScorecardLine line() {
        return line;
    }

    public final Div block = new Div();
    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
    final Div unmet = new Div();
    @Nullable Select<CustomerImpact> impact;
    @Nullable TextArea note;
    private final boolean readOnly;

    /**
     * Fills {@code standards} with a section per category (in the lines' order) holding each line's editor, and
     * returns the editors in that order.
     */
    public static List<StandardEditor> fill(Div standards, List<ScorecardLine> lines, boolean readOnly,
                                            Runnable changed) {
        standards.removeAll();
        List<StandardEditor> editors = new ArrayList<>();
        Map<String, List<ScorecardLine>> byCategory = new LinkedHashMap<>();
        lines.forEach(line -> byCategory.computeIfAbsent(line.standard().category(), c -> new ArrayList<>())
                .add(line));
        byCategory.forEach((category, inCategory) -> {
            var section = new Section(new H3(category));
            section.addClassName("scorecard-category");
            for (ScorecardLine line : inCategory) {
                var editor = new StandardEditor(line, readOnly, changed);
                editors.add(editor);
                section.add(editor.block);
            }
            standards.add(section);
        });
        return editors;
    }

    public StandardEditor(ScorecardLine line, boolean readOnly, Runnable changed) {
        this.line = line;
        this.readOnly = readOnly;
        block.addClassName("scorecard-standard");
        outcome.setLabel(line.standard().code() + " " + line.standard().title());
        outcome.setHelperText(line.standard().description());
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(Outcome::label);
        outcome.setValue(line.outcome());
        outcome.setReadOnly(readOnly);
        unmet.addClassName("scorecard-unmet");
        block.add(outcome, unmet);
        if (line.outcome() == Outcome.NOT_MET) {
            showUnmet(line.impact(), line.note());
        }
        outcome.addValueChangeListener(change -> {
            if (change.getValue() == Outcome.NOT_MET) {
                showUnmet(null, null);
            } else {
                unmet.removeAll();
                impact = null;
                note = null;
            }
            changed.run();
        });
    }

    private void showUnmet(@Nullable CustomerImpact chosen, @Nullable String text) {
        unmet.removeAll();
        String code = line.standard().code();
        if (line.standard().customerImpact()) {
            var select = new Select<CustomerImpact>();
            select.setLabel("Customer impact of " + code);
            select.setItems(CustomerImpact.values());
            select.setItemLabelGenerator(CustomerImpact::label);
            select.setPlaceholder("Choose the impact");
            select.setValue(chosen);
            select.setReadOnly(readOnly);
            select.setWidth("16rem");
            select.setMaxWidth("100%");
            impact = select;
            unmet.add(select);
        }
        var area = new TextArea("Note on " + code);
        area.setMaxLength(Scorecard.MAX_NOTE);
        area.setHelperText("What was missing or wrong; up to " + Scorecard.MAX_NOTE + " characters.");
        area.setValue(text == null ? "" : text);
        area.setReadOnly(readOnly);
        area.setWidthFull();
        note = area;
        unmet.add(area);
    }

    public @Nullable Outcome outcome() {
        return outcome.getValue();
    }

    public ScorecardAnswer answer() {
        return new ScorecardAnswer(line.standardVersionId(), outcome.getValue(),
                impact == null ? null : impact.getValue(), note == null ? null : note.getValue());
    }

    public void clearError() {
        if (note != null) {
            note.setInvalid(false);
        }
    }

    public void showNoteError(String message) {
        if (note != null) {
            note.setErrorMessage(message);
            note.setInvalid(true);
        }
    }
}

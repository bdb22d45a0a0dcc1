package uk.providerportal.base.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.providerportal.base.Plural;

/**
 * The refusal of an uploaded spreadsheet, said the same way on every page: how many problems, that nothing was
 * saved and what to do, announced as it appears, then the problems one per line (the first 500).
 */
public final class ImportProblems {

    static final int SHOWN = 500;

    private ImportProblems() {
    }

    public static void addTo(HasComponents report, List<String> messages) {
        var heading = new Paragraph(Plural.of(messages.size(), "problem") + " found. Nothing has been saved. "
                + "Correct the file and upload it again.");
        heading.addClassName("import-problems-heading");
        heading.getElement().setAttribute("role", "alert");
        var list = new UnorderedList();
        list.setId("import-problems");
        messages.stream().limit(SHOWN).forEach(message -> list.add(new ListItem(message)));
        report.add(heading, list);
        if (messages.size() > SHOWN) {
            report.add(new Paragraph("…and " + (messages.size() - SHOWN) + " more."));
        }
    }
}

package uk.providerportal.contractreview;

import java.util.List;

/**
 * One agenda item of a review pack as a feature gives it: a heading, a sentence saying what it shows, and a table
 * (headers and rows of text, already in the words and en-GB dates the reader sees).
 */
public record PackSection(AgendaItem item, String introduction, List<String> headers, List<List<String>> rows) {

    public PackSection {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}

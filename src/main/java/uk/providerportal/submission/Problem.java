package uk.providerportal.submission;

/**
 * Why a case (or one row of a manifest) was refused, naming the rule in plain words.
 *
 * @param field the form field at fault, so a view can show the message beside it
 * @param row the manifest row, or 0 for a case submitted through the form
 */
public record Problem(String field, String message, int row) {

    static Problem of(String field, String message) {
        return new Problem(field, message, 0);
    }

    Problem atRow(int manifestRow) {
        return new Problem(field, message, manifestRow);
    }
}

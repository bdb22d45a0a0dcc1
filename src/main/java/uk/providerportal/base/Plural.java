package uk.providerportal.base;

import java.util.Locale;

/** A count with its noun in the right number: "1 problem", "2 problems", "1,200 cases". */
public final class Plural {

    private Plural() {
    }

    /** The count and the noun, adding "s" for any count but one. */
    public static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** The count and the noun, for nouns whose plural is not the singular plus "s" ("entry", "entries"). */
    public static String of(long count, String singular, String plural) {
        return String.format(Locale.UK, "%,d", count) + " " + (count == 1 ? singular : plural);
    }
}

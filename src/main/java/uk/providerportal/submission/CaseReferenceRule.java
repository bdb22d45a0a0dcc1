package uk.providerportal.submission;

import org.jspecify.annotations.Nullable;
import uk.providerportal.base.FormulaText;

/** A case reference is the provider's own; it must be present, short and printable. Duplicates are checked apart. */
final class CaseReferenceRule {

    static final String FIELD = "reference";
    static final int MAX_LENGTH = 60;

    private CaseReferenceRule() {
    }

    static @Nullable Problem check(String reference) {
        if (reference.isBlank()) {
            return Problem.of(FIELD, "Enter your case reference.");
        }
        if (reference.length() > MAX_LENGTH) {
            return Problem.of(FIELD, "The case reference is " + reference.length() + " characters long; the most is "
                    + MAX_LENGTH + ".");
        }
        if (FormulaText.startsLikeFormula(reference)) {
            return Problem.of(FIELD, "The case reference starts with " + FormulaText.firstCharacter(reference)
                    + ", which spreadsheet programs read as the start of a formula; start it with a letter or "
                    + "a digit.");
        }
        if (reference.chars().anyMatch(Character::isISOControl)) {
            return Problem.of(FIELD, "The case reference contains invisible control characters; type it again.");
        }
        return null;
    }
}

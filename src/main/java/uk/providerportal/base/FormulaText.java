package uk.providerportal.base;

import org.jspecify.annotations.Nullable;

/**
 * Text that a spreadsheet program would run as a formula when it is opened from a CSV file or typed into a cell:
 * anything starting with =, +, -, @, a tab or a carriage return (OWASP, "CSV Injection"). Case references and file
 * names may not start like that; exports write any such text as a text cell, never as a formula.
 */
public final class FormulaText {

    private static final String STARTS = "=+-@\t\r";

    private FormulaText() {
    }

    public static boolean startsLikeFormula(@Nullable String text) {
        return text != null && !text.isEmpty() && STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The character at fault, named for a message: "'='", or "a tab". */
    public static String firstCharacter(String text) {
        return switch (text.charAt(0)) {
            case '\t' -> "a tab";
            case '\r' -> "a line break";
            default -> "‘" + text.charAt(0) + "’";
        };
    }
}

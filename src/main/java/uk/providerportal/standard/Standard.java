package uk.providerportal.standard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.Restatement;

/**
 * One numbered standard as it stood from {@code effectiveFrom}: e.g. 1f, incorrect advice given, which carries
 * customer impact when unmet.
 *
 * @param restatement set when this version corrected a month already closed; the service sets it, never the caller
 */
public record Standard(String code, LocalDate effectiveFrom, String title, String description, String category,
                       boolean customerImpact, boolean retired, String changedBy,
                       @Nullable Restatement restatement) {

    /** A standard as an admin proposes it. */
    public Standard(String code, LocalDate effectiveFrom, String title, String description, String category,
                    boolean customerImpact, boolean retired, String changedBy) {
        this(code, effectiveFrom, title, description, category, customerImpact, retired, changedBy, null);
    }

    private static final Pattern CODE = Pattern.compile("(\\d+)([a-z]*)");

    /** 1a, 1b, ..., 1f, 2a, ..., 10a: by number, then letter. */
    public static final Comparator<String> CODE_ORDER = Comparator
            .comparingInt((String code) -> {
                Matcher matcher = CODE.matcher(code);
                return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
            })
            .thenComparing(code -> code);

    static boolean validCode(String code) {
        return code.length() <= 8 && CODE.matcher(code).matches();
    }
}

package uk.providerportal.kpi;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a month's restatement log: the first publication or a revision, the figures as they were then, and
 * in words what changed against the version before and why.
 *
 * @param reason null for the first publication
 */
public record KpiVersion(int version, Instant publishedAt, String publishedBy, @Nullable String reason,
                         String changes, List<KpiFigure> figures) {

    public KpiFigure inMonth() {
        return figures.stream().filter(f -> f.period() == KpiPeriod.IN_MONTH).findFirst().orElseThrow();
    }
}

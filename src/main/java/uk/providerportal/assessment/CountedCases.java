package uk.providerportal.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a month's counted cases with their unmet standing standards in one query (see {@link CountedCase}). */
@Component
class CountedCases {

    private static final String QUERY = """
            SELECT a.case_sample_id, c.reference, a.standing_met, a.standing_not_met, a.standing_score,
                   a.assessor_id, a.moderated_by_id, o.standard_version_id, v.code, v.title,
                   CASE WHEN o.amended_outcome IS NOT NULL THEN o.amended_impact
                        WHEN o.moderated_outcome IS NOT NULL THEN o.moderated_impact ELSE o.impact END AS impact,
                   CASE WHEN o.amended_outcome IS NOT NULL THEN o.amended_note
                        WHEN o.moderated_outcome IS NOT NULL THEN o.moderated_note ELSE o.note END AS note
            FROM assessment a
            JOIN case_sample c ON c.id = a.case_sample_id
            LEFT JOIN assessment_outcome o ON o.assessment_id = a.id
                 AND COALESCE(o.amended_outcome, o.moderated_outcome, o.outcome) = 'NOT_MET'
            LEFT JOIN standard_version v ON v.id = o.standard_version_id
            WHERE a.organisation_id = :organisation AND a.round_month = :month AND a.released_at <= :cutOff
              AND a.standing_score IS NOT NULL
            ORDER BY c.reference, a.case_sample_id, o.position""";

    private final JdbcClient jdbc;

    CountedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountedCase> of(long organisationId, YearMonth month, Instant cutOff) {
        Map<Long, Builder> byCase = new LinkedHashMap<>();
        jdbc.sql(QUERY).param("organisation", organisationId).param("month", month.atDay(1))
                .param("cutOff", LocalDateTime.ofInstant(cutOff, ZoneOffset.UTC))
                .query(rs -> {
                    Builder builder = byCase.computeIfAbsent(rs.getLong("case_sample_id"), id -> new Builder(rs));
                    long versionId = rs.getLong("standard_version_id");
                    if (!rs.wasNull()) {
                        String impact = rs.getString("impact");
                        builder.unmet.add(new CountedCase.Unmet(versionId, rs.getString("code"),
                                rs.getString("title"), impact == null ? null : CustomerImpact.valueOf(impact),
                                rs.getString("note")));
                    }
                });
        return byCase.values().stream().map(Builder::build).toList();
    }

    private static final class Builder {
        private final long caseId;
        private final String reference;
        private final int met;
        private final int notMet;
        private final java.math.BigDecimal score;
        private final long assessorId;
        private final @Nullable Long moderatorId;
        private final List<CountedCase.Unmet> unmet = new ArrayList<>();

        Builder(ResultSet rs) {
            try {
                caseId = rs.getLong("case_sample_id");
                reference = rs.getString("reference");
                met = rs.getInt("standing_met");
                notMet = rs.getInt("standing_not_met");
                score = rs.getBigDecimal("standing_score");
                assessorId = rs.getLong("assessor_id");
                long moderator = rs.getLong("moderated_by_id");
                moderatorId = rs.wasNull() ? null : moderator;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        CountedCase build() {
            return new CountedCase(caseId, reference, met, notMet, score, assessorId, moderatorId, unmet);
        }
    }
}

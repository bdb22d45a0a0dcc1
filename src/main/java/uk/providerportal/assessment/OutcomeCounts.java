package uk.providerportal.assessment;

import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the assessors' own outcomes per assessor, programme and standard code in the database (one grouped query,
 * not scorecard by scorecard), over submitted scorecards of a range of assessment months. The assessor's column only:
 * a moderator's change is kept beside it and does not count here.
 */
@Component
class OutcomeCounts {

    static final String QUERY = """
            select a.assessor_id, max(a.assessor_name) as assessor_name, a.programme_id, max(p.name) as programme_name,
                   v.code, max(concat(v.effective_from, '|', v.title)) as dated_title,
                   sum(case when o.outcome = 'MET' then 1 else 0 end) as met,
                   sum(case when o.outcome = 'NOT_MET' then 1 else 0 end) as not_met,
                   sum(case when o.outcome = 'NOT_APPLICABLE' then 1 else 0 end) as not_applicable
            from assessment a
            join assessment_outcome o on o.assessment_id = a.id
            join standard_version v on v.id = o.standard_version_id
            join programme p on p.id = a.programme_id
            where a.status = 'SUBMITTED' and a.round_month between ? and ? and o.outcome is not null
            group by a.assessor_id, a.programme_id, v.code
            """;

    private final JdbcTemplate jdbc;

    OutcomeCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AssessorStandardCounts> between(YearMonth from, YearMonth to) {
        return jdbc.query(QUERY, (row, n) -> {
            String datedTitle = row.getString("dated_title");
            return new AssessorStandardCounts(row.getLong("assessor_id"), row.getString("assessor_name"),
                    row.getLong("programme_id"), row.getString("programme_name"), row.getString("code"),
                    datedTitle == null ? "" : datedTitle.substring(datedTitle.indexOf('|') + 1), row.getInt("met"),
                    row.getInt("not_met"), row.getInt("not_applicable"));
        }, from.atDay(1), to.atDay(1));
    }
}

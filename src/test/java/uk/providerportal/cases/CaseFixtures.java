package uk.providerportal.cases;

import java.time.YearMonth;
import org.springframework.jdbc.core.JdbcTemplate;

/** Case rows straight in the database, for tests about access and storage rather than submission rules. */
public final class CaseFixtures {

    private CaseFixtures() {
    }

    /**
     * A received case straight in the database, in the given round, for tests about access and storage rather
     * than submission rules; returns its id.
     */
    public static long insertCase(JdbcTemplate jdbc, long organisationId, String reference, YearMonth round) {
        jdbc.update("insert into case_sample (version, created_at, updated_at, organisation_id, reference, channel,"
                + " completed_on, total_call_minutes, submitted_at, submitted_on, submitted_by, submission_month,"
                + " folder_month, sample_week, week_ends_on, late, status, assessment_month) values (0, now(), now(),"
                + " ?, ?, 'EMAIL', ?, 0, now(), ?, 'test', ?, ?, 1, ?, false, 'RECEIVED', ?)", organisationId,
                reference, round.atDay(3), round.atDay(3), round.atDay(1), round.atDay(1), round.atDay(7),
                round.atDay(1));
        return jdbc.queryForObject("select id from case_sample where organisation_id = ? and reference = ?",
                Long.class, organisationId, reference);
    }

    /** A case record file row pointing at a store key; returns nothing, the key is the test's. */
    public static void insertFile(JdbcTemplate jdbc, long caseId, String storageKey, String sha256) {
        jdbc.update("insert into case_record_file (case_sample_id, position, file_name, storage_key, size_bytes, sha256,"
                + " media_type) values (?, 0, 'record.pdf', ?, 1, ?, 'application/pdf')", caseId, storageKey, sha256);
    }
}

package uk.providerportal.submission;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Serialises filing per organisation: whoever files a case holds its row lock until commit, so two people filing
 * at once can never both take the last place in a month folder. The upsert takes an exclusive lock whether it creates
 * the row or finds it, on the transaction's own connection (a second connection per filer could starve the pool).
 */
@Component
class SubmissionLocks {

    private final JdbcTemplate jdbc;

    SubmissionLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Blocks until this transaction holds the organisation's filing lock. */
    void lock(long organisationId) {
        jdbc.update("insert into submission_lock (organisation_id) values (?)"
                + " on duplicate key update organisation_id = organisation_id", organisationId);
    }
}

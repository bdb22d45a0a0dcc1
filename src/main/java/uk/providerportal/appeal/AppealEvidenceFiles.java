package uk.providerportal.appeal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.providerportal.storage.FileOwnership;

/**
 * The appeal evidence rows: which stored file belongs to which appeal's standard. The store sweep asks here, so a
 * file whose row exists is never removed, and a file left without a row (a failed upload) is.
 */
@Component
class AppealEvidenceFiles implements FileOwnership {

    record Stored(AppealEvidence evidence, long appealId, String key) {
    }

    private static final String COLUMNS = "id, appeal_id, case_sample_id, standard_version_id, file_name, storage_key,"
            + " content_type, size_bytes, uploaded_by_name, uploaded_at";

    private final JdbcClient jdbc;

    AppealEvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean owns(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM appeal_evidence WHERE storage_key = ?").param(key).query(Integer.class)
                .single() > 0;
    }

    void insert(long appealId, long caseId, long standardVersionId, String fileName, String key, String mediaType,
                long size, String sha256, String by, Instant at) {
        jdbc.sql("INSERT INTO appeal_evidence (appeal_id, case_sample_id, standard_version_id, file_name, storage_key,"
                        + " content_type, size_bytes, sha256, uploaded_by_name, uploaded_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(appealId, caseId, standardVersionId, fileName, key, mediaType, size, sha256, by,
                        LocalDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    List<Stored> of(long appealId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal_evidence WHERE appeal_id = ? ORDER BY id")
                .param(appealId).query((rs, n) -> stored(rs)).list();
    }

    Optional<Stored> find(long evidenceId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal_evidence WHERE id = ?").param(evidenceId)
                .query((rs, n) -> stored(rs)).optional();
    }

    int count(long appealId, long caseId, long standardVersionId) {
        return jdbc.sql("SELECT COUNT(*) FROM appeal_evidence WHERE appeal_id = ? AND case_sample_id = ?"
                        + " AND standard_version_id = ?").params(appealId, caseId, standardVersionId)
                .query(Integer.class).single();
    }

    void delete(long evidenceId) {
        jdbc.sql("DELETE FROM appeal_evidence WHERE id = ?").param(evidenceId).update();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(new AppealEvidence(rs.getLong("id"), rs.getLong("case_sample_id"),
                rs.getLong("standard_version_id"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("uploaded_by_name"),
                rs.getObject("uploaded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC)), rs.getLong("appeal_id"),
                rs.getString("storage_key"));
    }
}

package uk.providerportal.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.providerportal.storage.FileOwnership;

/** Case record files are owned by their rows in {@code case_record_file}. */
@Component
class CaseRecordFiles implements FileOwnership {

    private final JdbcTemplate jdbc;

    CaseRecordFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean owns(String key) {
        Integer count = jdbc.queryForObject("select count(*) from case_record_file where storage_key = ?",
                Integer.class, key);
        return count != null && count > 0;
    }
}

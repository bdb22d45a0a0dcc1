package uk.providerportal.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.Fixtures;
import uk.providerportal.PortalTest;
import uk.providerportal.cases.CaseFixtures;

/** The sweep removes old files no record owns, and nothing else. */
@PortalTest
class StoreSweepIT {

    @Autowired FileStore store;
    @Autowired StoreSweep sweep;
    @Autowired DataSource dataSource;
    @Autowired Fixtures fixtures;

    @Test
    void oldOrphans_areRemoved_youngOrphansAndOwnedFilesStay() throws Exception {
        StoredFile oldOrphan = store.put(new ByteArrayInputStream("left behind".getBytes()));
        StoredFile youngOrphan = store.put(new ByteArrayInputStream("still in flight".getBytes()));
        StoredFile owned = store.put(new ByteArrayInputStream("a case record".getBytes()));
        var jdbc = new JdbcTemplate(dataSource);
        long caseId = uk.providerportal.cases.CaseFixtures.insertCase(jdbc, fixtures.partner().id(), "SWEEP-1",
                java.time.YearMonth.of(2027, 1));
        uk.providerportal.cases.CaseFixtures.insertFile(jdbc, caseId, owned.key(), owned.sha256());
        age(oldOrphan, Duration.ofDays(2));
        age(owned, Duration.ofDays(30));

        List<String> removed = sweep.sweep();

        assertThat(removed).contains(oldOrphan.key()).doesNotContain(youngOrphan.key(), owned.key());
        assertThat(store.exists(oldOrphan.key())).isFalse();
        assertThat(store.exists(youngOrphan.key())).isTrue();
        assertThat(store.exists(owned.key())).isTrue();
        store.delete(youngOrphan.key());
    }

    private void age(StoredFile file, Duration age) throws Exception {
        Files.setLastModifiedTime(((FolderFileStore) store).root().resolve(file.key()),
                FileTime.from(Instant.now().minus(age)));
    }
}

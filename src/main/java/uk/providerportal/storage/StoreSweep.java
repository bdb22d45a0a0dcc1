package uk.providerportal.storage;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.providerportal.base.Plural;

/**
 * Removes stored files that no feature owns and that are older than a day: what a crash between storing a file
 * and committing its row, or a failed clean-up, left behind. Younger files may belong to work still in progress.
 */
@Component
public class StoreSweep {

    private static final Logger log = LoggerFactory.getLogger(StoreSweep.class);
    static final Duration GRACE = Duration.ofDays(1);

    private final FileStore store;
    private final List<FileOwnership> owners;
    private final Clock clock;

    StoreSweep(FileStore store, List<FileOwnership> owners, Clock clock) {
        this.store = store;
        this.owners = owners;
        this.clock = clock;
    }

    /** Returns the keys it removed. */
    @Scheduled(cron = "${portal.storage.sweep-cron:0 40 3 * * *}", zone = "Europe/London")
    public List<String> sweep() throws IOException {
        Instant before = clock.instant().minus(GRACE);
        List<String> orphans = new ArrayList<>();
        store.forEachKey((key, storedAt) -> {
            if (storedAt.isBefore(before) && owners.stream().noneMatch(owner -> owner.owns(key))) {
                orphans.add(key);
            }
        });
        orphans.forEach(store::delete);
        if (!orphans.isEmpty()) {
            log.warn("Store sweep removed {} that no record owns: {}", Plural.of(orphans.size(), "file"), orphans);
        }
        return orphans;
    }
}

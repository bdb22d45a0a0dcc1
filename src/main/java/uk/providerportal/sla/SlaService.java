package uk.providerportal.sla;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.base.Plural;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Access;
import uk.providerportal.security.TenantScope;

/**
 * The SLA feature's API: each delivery partner's agreed monthly volume and weekly sample per month. Admins edit
 * them in a grid or round-trip them through Excel (validate first, then all or nothing); every change is kept as
 * history and audited.
 */
@Service
@Transactional(readOnly = true)
public class SlaService {

    /** How far back and ahead volumes may be set, counted in months from the current month. */
    static final int MONTHS_BACK = 12;
    static final int MONTHS_AHEAD = 24;
    static final int MAX_IMPORT_ROWS = 50_000;
    /** The largest spreadsheet accepted; a year of volumes for hundreds of partners is far smaller. */
    public static final long MAX_IMPORT_BYTES = 10L * 1024 * 1024;

    private final SlaVolumeRepository volumes;
    private final SlaVolumeChangeRepository history;
    private final OrganisationService organisations;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final Clock clock;

    SlaService(SlaVolumeRepository volumes, SlaVolumeChangeRepository history, OrganisationService organisations,
               TenantScope tenantScope, AuditLog auditLog, Clock clock) {
        this.volumes = volumes;
        this.history = history;
        this.organisations = organisations;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The agreed volumes of one organisation for one month; provider users may ask only about their own. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<SlaRow> volumeFor(long organisationId, YearMonth month) {
        tenantScope.checkVisible("READ_SLA_VOLUME", "Organisation", organisationId, organisationId);
        return volumes.find(organisationId, month.atDay(1)).map(volume -> {
            OrganisationSummary organisation = organisations.findOrganisation(organisationId);
            return new SlaRow(organisationId, organisation.code(), organisation.name(), month,
                    volume.monthlyVolume(), volume.weeklyVolume());
        });
    }

    /** Every organisation's row for one month, empty where nothing is agreed yet; for the grid. */
    @PreAuthorize(Access.FUNDER_STAFF)
    public List<SlaRow> month(YearMonth month) {
        Map<Long, SlaVolume> agreed = new HashMap<>();
        volumes.findByMonth(month.atDay(1)).forEach(volume -> agreed.put(volume.organisationId(), volume));
        return organisations.visibleOrganisations().stream()
                .filter(organisation -> organisation.active() || agreed.containsKey(organisation.id()))
                .map(organisation -> {
                    SlaVolume volume = agreed.get(organisation.id());
                    return new SlaRow(organisation.id(), organisation.code(), organisation.name(), month,
                            volume == null ? null : volume.monthlyVolume(),
                            volume == null ? null : volume.weeklyVolume());
                })
                .toList();
    }

    /** The months an admin may set: from a year back to two years ahead of the current month. */
    @PreAuthorize(Access.ADMIN_OR_QUALITY_MANAGER)
    public List<YearMonth> settableMonths() {
        YearMonth now = YearMonth.now(clock);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = now.minusMonths(MONTHS_BACK); !month.isAfter(now.plusMonths(MONTHS_AHEAD));
             month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** Saves a month's grid: every row is checked first, and nothing is saved if any row is wrong. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int saveMonth(YearMonth month, List<SlaRow> rows) {
        checkSettable(month);
        for (SlaRow row : rows) {
            String problem = problem(row.monthlyVolume(), row.weeklyVolume());
            if (problem != null) {
                throw new SlaChangeRefused(row.organisationId(), row.organisationName() + ": " + problem);
            }
        }
        String actor = auditLog.currentActor().name();
        var existing = existing(List.of(month));
        List<SlaVolumeChange> changes = new ArrayList<>();
        for (SlaRow row : rows) {
            if (row.monthlyVolume() != null && row.weeklyVolume() != null) {
                upsert(existing, row.organisationId(), month, row.monthlyVolume(), row.weeklyVolume(), actor, "grid")
                        .ifPresent(changes::add);
            }
        }
        history.saveAll(changes);
        int changed = changes.size();
        if (changed > 0) {
            auditLog.record("SLA_VOLUMES_SAVED", "SlaMonth", month, "Saved SLA volumes for "
                    + DateFormats.month(month.atDay(1)) + ": " + Plural.of(changed, "organisation") + " changed");
        }
        return changed;
    }

    /** Agrees a volume only where none is agreed yet (seeding); returns true when it did. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public boolean ensureVolume(long organisationId, YearMonth month, int monthly, int weekly, String source) {
        var existing = existing(List.of(month));
        if (existing.containsKey(key(organisationId, month))) {
            return false;
        }
        upsert(existing, organisationId, month, monthly, weekly, auditLog.currentActor().name(), source)
                .ifPresent(history::save);
        return true;
    }

    /** Copies one month's agreed volumes into the next month where it has none yet. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public int copyForward(YearMonth from) {
        YearMonth to = from.plusMonths(1);
        checkSettable(to);
        String actor = auditLog.currentActor().name();
        var existing = existing(List.of(to));
        List<SlaVolumeChange> changes = new ArrayList<>();
        for (SlaVolume volume : volumes.findByMonth(from.atDay(1))) {
            if (!existing.containsKey(key(volume.organisationId(), to))) {
                upsert(existing, volume.organisationId(), to, volume.monthlyVolume(), volume.weeklyVolume(), actor,
                        "copied from " + from).ifPresent(changes::add);
            }
        }
        history.saveAll(changes);
        int copied = changes.size();
        auditLog.record("SLA_VOLUMES_COPIED", "SlaMonth", to, "Copied " + Plural.of(copied, "SLA volume") + " from "
                + DateFormats.month(from.atDay(1)) + " to " + DateFormats.month(to.atDay(1)));
        return copied;
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public List<SlaHistoryEntry> history(long organisationId, YearMonth month) {
        return history.history(organisationId, month.atDay(1)).stream().map(SlaVolumeChange::toEntry).toList();
    }

    /** The template: one row per active organisation and month in the range, with current values filled in. */
    @PreAuthorize(Access.ADMIN)
    public void writeTemplate(YearMonth from, YearMonth to, OutputStream out) throws IOException {
        Map<String, SlaVolume> agreed = new HashMap<>();
        volumes.findBetween(from.atDay(1), to.atDay(1))
                .forEach(volume -> agreed.put(volume.organisationId() + "/" + volume.month(), volume));
        List<SlaRow> rows = new ArrayList<>();
        List<OrganisationSummary> active = organisations.visibleOrganisations().stream()
                .filter(OrganisationSummary::active).toList();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            for (OrganisationSummary organisation : active) {
                SlaVolume volume = agreed.get(organisation.id() + "/" + month);
                rows.add(new SlaRow(organisation.id(), organisation.code(), organisation.name(), month,
                        volume == null ? null : volume.monthlyVolume(), volume == null ? null : volume.weeklyVolume()));
            }
        }
        SlaSpreadsheet.write(rows, out);
    }

    /** Reads and checks a filled-in template without saving anything. */
    @PreAuthorize(Access.ADMIN)
    public SlaImportReport validate(Path file, IntConsumer progress) {
        String tooBig = tooBig(file);
        if (tooBig != null) {
            return SlaImportReport.refused(tooBig);
        }
        return new SlaImport(codes(), settableMonths()).read(file, progress).report(0, 0, false);
    }

    /**
     * Reads, checks and, only if every row is right, saves a filled-in template in one transaction. A file with
     * any problem saves nothing and reports every problem with its row number.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public SlaImportReport importFile(Path file, String fileName, IntConsumer progress) {
        String tooBig = tooBig(file);
        if (tooBig != null) {
            return SlaImportReport.refused(tooBig);
        }
        SlaImport parsed = new SlaImport(codes(), settableMonths()).read(file, progress);
        if (!parsed.ok()) {
            return parsed.report(0, 0, false);
        }
        String actor = auditLog.currentActor().name();
        var existing = existing(parsed.entries().stream().map(SlaImport.Entry::month).toList());
        List<SlaVolumeChange> changes = new ArrayList<>();
        for (SlaImport.Entry entry : parsed.entries()) {
            upsert(existing, entry.organisationId(), entry.month(), entry.monthly(), entry.weekly(), actor,
                    "import " + fileName).ifPresent(changes::add);
        }
        history.saveAll(changes);
        int changed = changes.size();
        auditLog.record("SLA_VOLUMES_IMPORTED", "SlaImport", fileName, "Imported "
                + Plural.of(parsed.entries().size(), "row") + " from " + fileName + ": " + changed + " changed, "
                + (parsed.entries().size() - changed) + " unchanged");
        return parsed.report(changed, parsed.entries().size() - changed, true);
    }

    private static @Nullable String tooBig(Path file) {
        try {
            long size = java.nio.file.Files.size(file);
            return size > MAX_IMPORT_BYTES ? "The file is larger than " + MAX_IMPORT_BYTES / (1024 * 1024)
                    + " MB, the most an SLA spreadsheet may be." : null;
        } catch (IOException e) {
            return "The uploaded file could not be read.";
        }
    }

    private Map<String, Long> codes() {
        Map<String, Long> codes = new HashMap<>();
        organisations.visibleOrganisations().forEach(organisation -> codes.put(organisation.code(),
                organisation.id()));
        return codes;
    }

    /** The agreed volumes of the given months, loaded in one query so a large import runs no query per row. */
    private Map<String, SlaVolume> existing(List<YearMonth> months) {
        Map<String, SlaVolume> existing = new HashMap<>();
        if (!months.isEmpty()) {
            YearMonth first = months.stream().min(YearMonth::compareTo).orElseThrow();
            YearMonth last = months.stream().max(YearMonth::compareTo).orElseThrow();
            volumes.findBetween(first.atDay(1), last.atDay(1))
                    .forEach(volume -> existing.put(key(volume.organisationId(), volume.month()), volume));
        }
        return existing;
    }

    private static String key(long organisationId, YearMonth month) {
        return organisationId + "/" + month;
    }

    /** Sets one organisation-month's volumes; returns the history line if anything changed. */
    private Optional<SlaVolumeChange> upsert(Map<String, SlaVolume> existing, long organisationId, YearMonth month,
                                             int monthly, int weekly, String actor, String source) {
        SlaVolume volume = existing.get(key(organisationId, month));
        boolean changed;
        if (volume != null) {
            changed = volume.change(monthly, weekly);
        } else {
            volume = volumes.save(new SlaVolume(organisationId, month, monthly, weekly));
            existing.put(key(organisationId, month), volume);
            changed = true;
        }
        return changed ? Optional.of(new SlaVolumeChange(organisationId, month, monthly, weekly, clock.instant(),
                actor, source)) : Optional.empty();
    }

    private void checkSettable(YearMonth month) {
        List<YearMonth> settable = settableMonths();
        if (!settable.contains(month)) {
            throw new SlaChangeRefused(0, DateFormats.month(month.atDay(1)) + " is outside the months you can set ("
                    + DateFormats.month(settable.getFirst().atDay(1)) + " to "
                    + DateFormats.month(settable.getLast().atDay(1)) + ").");
        }
    }

    /** Why a pair of volumes is wrong, or null if it is right (both empty means "nothing agreed"). */
    static @Nullable String problem(@Nullable Integer monthly, @Nullable Integer weekly) {
        if (monthly == null && weekly == null) {
            return null;
        }
        if (monthly == null || weekly == null) {
            return "enter both the monthly volume and the weekly sample, or neither";
        }
        if (monthly < 0 || weekly < 0) {
            return "volumes cannot be negative";
        }
        if (weekly > monthly) {
            return "the weekly sample (" + weekly + ") cannot be more than the monthly volume (" + monthly + ")";
        }
        return null;
    }
}

package uk.providerportal.standard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.DateFormats;
import uk.providerportal.security.Access;

/**
 * The standards feature's API: the catalogue of a programme as it stood on any date, each standard's history, and
 * admins' changes from a date on (a new wording, a new standard, or retiring one).
 */
@Service
@Transactional(readOnly = true)
public class StandardsService {

    private final StandardVersionRepository versions;
    private final AuditLog auditLog;

    StandardsService(StandardVersionRepository versions, AuditLog auditLog) {
        this.versions = versions;
        this.auditLog = auditLog;
    }

    /** The standards in force on a date, in code order (1a, 1b, ... 2a); retired ones left out. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<Standard> catalogue(long programmeId, LocalDate on) {
        Map<String, StandardVersion> latest = versions.upTo(programmeId, on).stream()
                .collect(Collectors.toMap(StandardVersion::code, Function.identity(),
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b));
        return latest.values().stream().map(StandardVersion::toStandard).filter(standard -> !standard.retired())
                .sorted(Comparator.comparing(Standard::code, Standard.CODE_ORDER)).toList();
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public List<Standard> history(long programmeId, String code) {
        return versions.history(programmeId, code).stream().map(StandardVersion::toStandard).toList();
    }

    /** Adds a standard or a new version of one, from its effective date on. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Standard save(long programmeId, Standard standard) {
        if (standard.effectiveFrom() == null) {
            throw new StandardChangeRefused("effectiveFrom", "Choose the date the change applies from.");
        }
        String code = standard.code().trim().toLowerCase(Locale.ROOT);
        if (!Standard.validCode(code)) {
            throw new StandardChangeRefused("code", "Use a number and optional letters, e.g. 1a or 12.");
        }
        if (standard.title().isBlank()) {
            throw new StandardChangeRefused("title", "Give the standard a title.");
        }
        if (standard.category().isBlank()) {
            throw new StandardChangeRefused("category", "Choose or type the standard's category.");
        }
        StandardVersion version = versions.at(programmeId, code, standard.effectiveFrom())
                .orElseGet(() -> new StandardVersion(programmeId, code, standard.effectiveFrom()));
        version.set(new Standard(code, standard.effectiveFrom(), standard.title().trim(),
                standard.description().trim(), standard.category().trim(), standard.customerImpact(),
                standard.retired(), ""));
        version.changed(auditLog.currentActor().name());
        versions.save(version);
        auditLog.record(standard.retired() ? "STANDARD_RETIRED" : "STANDARD_CHANGED", "Standard", code,
                (standard.retired() ? "Retired " : "Set ") + code + " " + standard.title().trim() + " from "
                        + DateFormats.date(standard.effectiveFrom())
                        + (standard.customerImpact() ? " (customer impact when unmet)" : ""));
        return version.toStandard();
    }

    /** Retires a standard from a date: assessments before it keep it, later ones no longer use it. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public Standard retire(long programmeId, String code, LocalDate from) {
        Standard current = catalogue(programmeId, from).stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new StandardChangeRefused("code", code + " is not in force on "
                        + DateFormats.date(from) + "."));
        return save(programmeId, new Standard(code, from, current.title(), current.description(), current.category(),
                current.customerImpact(), true, ""));
    }
}

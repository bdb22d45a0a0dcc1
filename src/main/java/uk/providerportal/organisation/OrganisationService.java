package uk.providerportal.organisation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.security.Access;
import uk.providerportal.security.TenantScope;

/** The organisation feature's API: delivery partners and programmes. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final ProgrammeRepository programmes;
    private final CurrentUser currentUser;
    private final TenantScope tenantScope;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    OrganisationService(OrganisationRepository organisations, ProgrammeRepository programmes,
                        CurrentUser currentUser, TenantScope tenantScope, AuditLog auditLog,
                        ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** One organisation's record: provider users may read only their own; asking for another is "not found". */
    @PreAuthorize(Access.SIGNED_IN)
    public OrganisationSummary findOrganisation(long id) {
        tenantScope.checkVisible("READ_ORGANISATION", "Organisation", id, id);
        return organisations.findById(id).map(OrganisationSummary::of)
                .orElseThrow(() -> new ItemNotFoundException("Organisation " + id));
    }

    /** Every organisation the current user may see: all for funder staff, their own for a provider user. */
    @PreAuthorize(Access.SIGNED_IN)
    public List<OrganisationSummary> visibleOrganisations() {
        Long only = tenantScope.organisationFilter("LIST_ORGANISATIONS");
        return (only == null ? organisations.findAll() : organisations.findAllById(List.of(only))).stream()
                .map(OrganisationSummary::of)
                .sorted(java.util.Comparator.comparing(OrganisationSummary::name))
                .toList();
    }

    /** Funder staff browse every delivery partner. */
    @PreAuthorize(Access.FUNDER_STAFF)
    public List<OrganisationSummary> search(String filter, Pageable pageable) {
        return organisations.search(filter.trim(), pageable).stream().map(OrganisationSummary::of).toList();
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public long count(String filter) {
        return organisations.countMatching(filter.trim());
    }

    @PreAuthorize(Access.FUNDER_STAFF)
    public long countActive() {
        return organisations.countActive();
    }

    /** The signed-in provider user's own organisation; funder staff have none. */
    @PreAuthorize(Access.SIGNED_IN)
    public Optional<OrganisationSummary> ownOrganisation() {
        return currentUser.identity()
                .flatMap(identity -> Optional.ofNullable(identity.organisationId()))
                .flatMap(organisations::findById)
                .map(OrganisationSummary::of);
    }

    /**
     * Resolves organisations while a person is signing in, before any identity exists; used by the sign-in
     * feature only, never exposed to a view.
     */
    public Optional<OrganisationSummary> findForSignIn(long id) {
        return organisations.findById(id).map(OrganisationSummary::of);
    }

    public Optional<OrganisationSummary> findByCodeForSignIn(String code) {
        return organisations.findByCode(code).map(OrganisationSummary::of);
    }

    @PreAuthorize(Access.SIGNED_IN)
    public List<ProgrammeSummary> programmes() {
        return programmes.findAll(org.springframework.data.domain.Sort.by("name")).stream()
                .map(ProgrammeSummary::of).toList();
    }

    /** Creates or edits a delivery partner; the code is fixed once created because other systems quote it. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OrganisationSummary saveOrganisation(OrganisationDetails details) {
        String name = details.name() == null ? "" : details.name().trim();
        if (name.isEmpty()) {
            throw new OrganisationChangeRefused("name", "Enter the organisation's name.");
        }
        if (name.length() > Organisation.MAX_NAME) {
            throw new OrganisationChangeRefused("name", "Keep the name to " + Organisation.MAX_NAME
                    + " characters or fewer: it has " + name.length() + ".");
        }
        if (details.nation() == null) {
            throw new OrganisationChangeRefused("nation", "Choose the nation whose working days set its deadlines.");
        }
        if (details.programmeId() == null) {
            throw new OrganisationChangeRefused("programme", "Choose the programme that funds it.");
        }
        Programme programme = programmes.findById(details.programmeId())
                .orElseThrow(() -> new OrganisationChangeRefused("programme", "That programme no longer exists."));
        if (details.id() == null) {
            String code = details.code() == null ? "" : details.code().trim().toUpperCase(java.util.Locale.ROOT);
            if (!code.matches("[A-Z0-9]{2,12}")) {
                throw new OrganisationChangeRefused("code", "Use 2 to 12 capital letters or digits, e.g. NCA.");
            }
            if (organisations.findByCode(code).isPresent()) {
                throw new OrganisationChangeRefused("code", "Another organisation already has the code " + code + ".");
            }
            Organisation created = organisations.save(new Organisation(code, name, details.nation(), programme));
            created.setActive(details.active());
            auditLog.record("ORGANISATION_CREATED", "Organisation", created.getId(), "Created organisation " + code
                    + " (" + name + ", " + details.nation().label() + ", programme " + programme.getCode() + ")");
            return OrganisationSummary.of(created);
        }
        Organisation organisation = organisations.findById(details.id())
                .orElseThrow(() -> new ItemNotFoundException("Organisation " + details.id()));
        if (organisation.getVersion() != details.version()) {
            throw new OrganisationChangeRefused("version", "Someone else changed " + organisation.getName()
                    + " while you were editing it, and their change is saved. Nothing of yours was saved: close "
                    + "this form, open it again to see their change, then make yours.");
        }
        String before = describe(organisation);
        boolean wasActive = organisation.isActive();
        organisation.setName(name);
        organisation.setNation(details.nation());
        organisation.setProgramme(programme);
        organisation.setActive(details.active());
        String after = describe(organisation);
        if (!before.equals(after)) {
            auditLog.record(details.active() ? "ORGANISATION_CHANGED" : "ORGANISATION_DEACTIVATED", "Organisation",
                    organisation.getId(), "Changed " + before + " to " + after);
        }
        if (wasActive && !details.active()) {
            events.publishEvent(new OrganisationDeactivated(details.id(), organisation.getCode()));
        }
        return OrganisationSummary.of(organisation);
    }

    private static String describe(Organisation organisation) {
        return organisation.getCode() + " [" + organisation.getName() + "; " + organisation.getNation().label() + "; "
                + organisation.getProgramme().getCode() + (organisation.isActive() ? "" : "; inactive") + "]";
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public ProgrammeSummary saveProgramme(@Nullable Long id, String code, String name, boolean active) {
        String trimmedName = name.trim();
        if (trimmedName.isEmpty()) {
            throw new OrganisationChangeRefused("name", "Enter the programme's name.");
        }
        if (id == null) {
            String trimmedCode = code.trim().toUpperCase(java.util.Locale.ROOT);
            if (!trimmedCode.matches("[A-Z0-9]{2,16}")) {
                throw new OrganisationChangeRefused("code", "Use 2 to 16 capital letters or digits, e.g. DEBT.");
            }
            if (programmes.findByCode(trimmedCode).isPresent()) {
                throw new OrganisationChangeRefused("code", "Another programme already has the code " + trimmedCode
                        + ".");
            }
            Programme programme = programmes.save(new Programme(trimmedCode, trimmedName));
            programme.setActive(active);
            auditLog.record("PROGRAMME_CREATED", "Programme", programme.getId(), "Created programme " + trimmedCode
                    + " (" + trimmedName + ")");
            return ProgrammeSummary.of(programme);
        }
        Programme programme = programmes.findById(id).orElseThrow(() -> new ItemNotFoundException("Programme " + id));
        String before = programme.getName() + (programme.isActive() ? "" : " (inactive)");
        programme.setName(trimmedName);
        programme.setActive(active);
        auditLog.record("PROGRAMME_CHANGED", "Programme", id, "Changed " + programme.getCode() + " from " + before
                + " to " + trimmedName + (active ? "" : " (inactive)"));
        return ProgrammeSummary.of(programme);
    }

    /** Creates a programme unless one with this code exists (idempotent, for seeding and imports). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long ensureProgramme(String code, String name) {
        return programmes.findByCode(code)
                .orElseGet(() -> {
                    Programme programme = programmes.save(new Programme(code, name));
                    auditLog.record("PROGRAMME_CREATED", "Programme", programme.getId(),
                            "Created programme " + code + " (" + name + ")");
                    return programme;
                })
                .getId();
    }

    /** Creates an organisation unless one with this code exists (idempotent, for seeding and imports). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OrganisationSummary ensureOrganisation(String code, String name, Nation nation, String programmeCode) {
        Programme programme = programmes.findByCode(programmeCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown programme " + programmeCode));
        Organisation organisation = organisations.findByCode(code).orElseGet(() -> {
            Organisation created = organisations.save(new Organisation(code, name, nation, programme));
            auditLog.record("ORGANISATION_CREATED", "Organisation", created.getId(), "Created organisation " + code
                    + " (" + name + ", " + nation.label() + ", programme " + programmeCode + ")");
            return created;
        });
        return OrganisationSummary.of(organisation);
    }
}

package uk.providerportal.organisation;

import java.util.List;
import java.util.Optional;
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

    OrganisationService(OrganisationRepository organisations, ProgrammeRepository programmes,
                        CurrentUser currentUser, TenantScope tenantScope, AuditLog auditLog) {
        this.organisations = organisations;
        this.programmes = programmes;
        this.currentUser = currentUser;
        this.tenantScope = tenantScope;
        this.auditLog = auditLog;
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

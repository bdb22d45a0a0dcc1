package uk.providerportal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.security.CurrentUser;
import uk.providerportal.security.Access;

/** The organisation feature's API: delivery partners and programmes. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final ProgrammeRepository programmes;
    private final CurrentUser currentUser;

    OrganisationService(OrganisationRepository organisations, ProgrammeRepository programmes,
                        CurrentUser currentUser) {
        this.organisations = organisations;
        this.programmes = programmes;
        this.currentUser = currentUser;
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
                .orElseGet(() -> programmes.save(new Programme(code, name)))
                .getId();
    }

    /** Creates an organisation unless one with this code exists (idempotent, for seeding and imports). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OrganisationSummary ensureOrganisation(String code, String name, Nation nation, String programmeCode) {
        Programme programme = programmes.findByCode(programmeCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown programme " + programmeCode));
        Organisation organisation = organisations.findByCode(code)
                .orElseGet(() -> organisations.save(new Organisation(code, name, nation, programme)));
        return OrganisationSummary.of(organisation);
    }
}

package uk.providerportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.providerportal.audit.AuditLog;
import uk.providerportal.audit.AuditQuery;
import uk.providerportal.base.ItemNotFoundException;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.user.UserFilter;
import uk.providerportal.user.UserService;

/**
 * Every service operation on organisation-owned or restricted data, for each role, against the caller's own
 * organisation and another one: exactly the expected allow or deny, and every deny lands in the audit trail.
 * New features add their operations to {@link #operations()}.
 */
@PortalTest
class AuthorizationMatrixIT {

    enum Tenant { OWN, OTHER }

    /** The demo person who plays each role; the provider user works for NCA. */
    static final Map<Role, String> PLAYERS = Map.of(
            Role.PROVIDER_USER, "priya.shah",
            Role.QUALITY_MANAGER, "helen.carter",
            Role.ASSESSOR, "sam.patel",
            Role.ADMIN, "alex.reid");

    static final Set<Role> FUNDER = EnumSet.of(Role.QUALITY_MANAGER, Role.ASSESSOR, Role.ADMIN);
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /**
     * @param allowedOwn roles allowed against their own organisation (funder staff "own" every organisation)
     * @param allowedOther roles allowed against another organisation
     */
    record Operation(String name, Set<Role> allowedOwn, Set<Role> allowedOther, Call call) {
    }

    interface Call {
        Object invoke(long organisationId) throws Exception;
    }

    @Autowired OrganisationService organisations;
    @Autowired UserService users;
    @Autowired AuditLog auditLog;
    @Autowired uk.providerportal.sla.SlaService sla;
    @Autowired uk.providerportal.policy.PolicyService policies;
    @Autowired uk.providerportal.calendar.AssessmentCalendar calendar;
    @Autowired uk.providerportal.submission.SubmissionService submissions;
    @Autowired uk.providerportal.submission.TriageService triage;
    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;

    SignInAs signInAs;
    long nca;
    long mdt;

    @BeforeEach
    void setUp() throws Exception {
        signInAs = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        nca = signInAs.call("alex.reid", () -> organisations.search("Northgate", PageRequest.of(0, 1)).getFirst().id());
        mdt = signInAs.call("alex.reid", () -> organisations.search("Midlands", PageRequest.of(0, 1)).getFirst().id());
    }

    List<Operation> operations() {
        return List.of(
                new Operation("OrganisationService.findOrganisation", EVERYONE, FUNDER,
                        id -> organisations.findOrganisation(id)),
                new Operation("OrganisationService.visibleOrganisations (other organisations filtered out)", EVERYONE,
                        FUNDER, id -> {
                            List<Long> visible = organisations.visibleOrganisations().stream()
                                    .map(OrganisationSummary::id).toList();
                            if (!visible.contains(id)) {
                                throw new ItemNotFoundException("Organisation " + id);
                            }
                            return visible;
                        }),
                new Operation("OrganisationService.search", FUNDER, FUNDER,
                        id -> organisations.search("", PageRequest.of(0, 10))),
                new Operation("OrganisationService.countActive", FUNDER, FUNDER, id -> organisations.countActive()),
                new Operation("OrganisationService.saveOrganisation", EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN),
                        id -> {
                            OrganisationSummary current = organisations.findForSignIn(id).orElseThrow();
                            long programme = organisations.programmes().stream()
                                    .filter(p -> p.code().equals(current.programmeCode())).findFirst().orElseThrow().id();
                            return organisations.saveOrganisation(new uk.providerportal.organisation.OrganisationDetails(
                                    id, current.code(), current.name(), current.nation(), programme, true));
                        }),
                new Operation("SlaService.volumeFor", EVERYONE, FUNDER,
                        id -> sla.volumeFor(id, java.time.YearMonth.of(2026, 1))),
                new Operation("SlaService.month", FUNDER, FUNDER, id -> sla.month(java.time.YearMonth.now())),
                new Operation("SlaService.history", FUNDER, FUNDER,
                        id -> sla.history(id, java.time.YearMonth.now())),
                new Operation("SlaService.saveMonth", EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN),
                        id -> sla.saveMonth(java.time.YearMonth.now(), List.of())),
                new Operation("SlaService.writeTemplate", EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN),
                        id -> {
                            sla.writeTemplate(java.time.YearMonth.now(), java.time.YearMonth.now(),
                                    new ByteArrayOutputStream());
                            return null;
                        }),
                new Operation("PolicyService.kpiHistory", FUNDER, FUNDER, id -> policies.kpiHistory(programmeOf(id))),
                new Operation("PolicyService.changeAppealPolicy", EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN),
                        id -> policies.changeAppealPolicy(programmeOf(id), uk.providerportal.policy.AppealPolicy
                                .standard(java.time.LocalDate.of(2035, 6, 1), ""), null)),
                new Operation("AssessmentCalendar.closedMonth", EVERYONE, EVERYONE,
                        id -> calendar.closedMonth(java.time.LocalDate.of(2023, 6, 1))),
                new Operation("AssessmentCalendar.firstOpenDate", EVERYONE, EVERYONE, id -> calendar.firstOpenDate()),
                new Operation("UserService.search", EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN),
                        id -> users.search(new UserFilter("", id, null, null), PageRequest.of(0, 10))),
                new Operation("UserService.changeRoles", EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN),
                        id -> users.changeRoles(colleagueIn(id), id, Set.of(Role.PROVIDER_USER))),
                new Operation("UserService.setActive", EnumSet.of(Role.ADMIN), EnumSet.of(Role.ADMIN),
                        id -> users.setActive(colleagueIn(id), true)),
                new Operation("SubmissionService.submit (always the caller's own organisation)",
                        EnumSet.of(Role.PROVIDER_USER), EnumSet.of(Role.PROVIDER_USER),
                        id -> submissions.submit(new uk.providerportal.submission.NewCaseSample("", null, null, "",
                                List.of()))),
                new Operation("SubmissionService.folderMonths", EVERYONE, FUNDER, id -> submissions.folderMonths(id)),
                new Operation("SubmissionService.monthFolder", EVERYONE, FUNDER,
                        id -> submissions.monthFolder(id, java.time.YearMonth.of(2030, 6))),
                new Operation("SubmissionService.caseSample", EVERYONE, FUNDER,
                        id -> submissions.caseSample(caseOf(id))),
                new Operation("SubmissionService.openFile", EVERYONE, FUNDER,
                        id -> submissions.openFile(caseOf(id), fileOf(caseOf(id)))),
                new Operation("SubmissionService.withdraw", EnumSet.of(Role.PROVIDER_USER), EnumSet.noneOf(Role.class),
                        id -> refusedByARuleIsAllowed(() -> submissions.withdraw(caseOf(id), ""))),
                new Operation("TriageService.queue", EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER), id -> triage.queue(new uk.providerportal
                        .submission.QueueFilter(java.time.YearMonth.of(2030, 6), id, null, null, null),
                        PageRequest.of(0, 10))),
                new Operation("TriageService.assign", EnumSet.of(Role.QUALITY_MANAGER), EnumSet.of(Role.QUALITY_MANAGER),
                        id -> refusedByARuleIsAllowed(() -> triage.assign(List.of(), 0))),
                new Operation("TriageService.conflicts", EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER), id -> triage.conflicts()),
                new Operation("TriageService.rollOver", EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        id -> refusedByARuleIsAllowed(() -> triage.rollOver(java.time.YearMonth.now().plusMonths(1)))),
                new Operation("AuditLog.search", EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        id -> auditLog.search(new AuditQuery(null, null, null, id, null, null), PageRequest.of(0, 5))),
                new Operation("AuditLog.export", EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        EnumSet.of(Role.ADMIN, Role.QUALITY_MANAGER),
                        id -> auditLog.export(new AuditQuery(null, null, null, id, null, null),
                                new ByteArrayOutputStream())));
    }

    long programmeOf(long organisationId) {
        return new JdbcTemplate(dataSource).queryForObject("select programme_id from organisation where id = ?",
                Long.class, organisationId);
    }

    /** A case of that organisation (made once, straight in the database), for the case operations. */
    long caseOf(long organisationId) {
        var jdbc = new JdbcTemplate(dataSource);
        String reference = "MATRIX-" + organisationId;
        List<Long> existing = jdbc.queryForList("select id from case_sample where organisation_id = ? and reference = ?",
                Long.class, organisationId, reference);
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        long id = uk.providerportal.submission.CaseFixtures.insertCase(jdbc, organisationId, reference,
                java.time.YearMonth.of(2030, 6));
        uk.providerportal.submission.CaseFixtures.insertFile(jdbc, id,
                "00/00/00000000-0000-0000-0000-" + String.format("%012d", id), "0".repeat(64));
        return id;
    }

    long fileOf(long caseId) {
        return new JdbcTemplate(dataSource).queryForObject("select min(id) from case_record_file where case_sample_id = ?",
                Long.class, caseId);
    }

    interface Call0 {
        Object invoke() throws Exception;
    }

    /** Past every access check, a rule refused the call (e.g. no reason given): access was allowed. */
    static Object refusedByARuleIsAllowed(Call0 call) throws Exception {
        try {
            return call.invoke();
        } catch (uk.providerportal.base.ChangeRefused refused) {
            return refused.getMessage();
        }
    }

    /** A provider user of that organisation other than the one playing the provider role. */
    long colleagueIn(long organisationId) {
        return new JdbcTemplate(dataSource).queryForObject("select min(u.id) from portal_user u where u.organisation_id = ?"
                + " and u.email <> 'priya.shah@northgate-advice.example'", Long.class, organisationId);
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryRoleAndTenant() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation operation : operations()) {
            for (Role role : Role.values()) {
                for (Tenant tenant : Tenant.values()) {
                    boolean allowed = (tenant == Tenant.OWN ? operation.allowedOwn() : operation.allowedOther())
                            .contains(role);
                    String name = operation.name() + " by " + role + " on " + tenant + " organisation: "
                            + (allowed ? "allowed" : "denied and audited");
                    tests.add(DynamicTest.dynamicTest(name, () -> check(operation, role, tenant, allowed)));
                }
            }
        }
        assertThat(tests).hasSize(operations().size() * Role.values().length * Tenant.values().length);
        return tests.stream();
    }

    private void check(Operation operation, Role role, Tenant tenant, boolean allowed) throws Exception {
        long target = tenant == Tenant.OWN ? nca : mdt;
        String subject = PLAYERS.get(role);
        long deniedBefore = deniedCount(subject);
        if (allowed) {
            signInAs.call(subject, () -> operation.call().invoke(target));
            assertThat(deniedCount(subject)).as("no refusal recorded").isEqualTo(deniedBefore);
        } else {
            assertThatThrownBy(() -> signInAs.call(subject, () -> operation.call().invoke(target)))
                    .isInstanceOfAny(AccessDeniedException.class, ItemNotFoundException.class);
            if (!operation.name().contains("filtered out")) {
                assertThat(deniedCount(subject)).as("refusal recorded in the audit trail").isGreaterThan(deniedBefore);
            }
        }
    }

    private long deniedCount(String subject) {
        return new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_event e join portal_user_identity i"
                + " on i.user_id = e.actor_user_id where i.issuer = 'demo' and i.subject = ? and e.outcome = 'DENIED'", Long.class,
                subject);
    }
}

package uk.providerportal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.providerportal.assessment.AssessmentService;
import uk.providerportal.assessment.CustomerImpact;
import uk.providerportal.assessment.ModerationChange;
import uk.providerportal.assessment.ModerationService;
import uk.providerportal.assessment.Outcome;
import uk.providerportal.assessment.Scorecard;
import uk.providerportal.assessment.ScorecardAnswer;
import uk.providerportal.assessment.ScorecardDraft;
import uk.providerportal.assessment.ScorecardLine;
import uk.providerportal.base.DeploymentMode;
import uk.providerportal.cases.AssignedQuery;
import uk.providerportal.cases.CaseStatus;
import uk.providerportal.cases.CaseSummary;
import uk.providerportal.cases.AdviceChannel;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.organisation.OrganisationSummary;
import uk.providerportal.policy.AppealPolicy;
import uk.providerportal.policy.KpiPolicy;
import uk.providerportal.policy.PolicyService;
import uk.providerportal.policy.SubmissionRules;
import uk.providerportal.security.PortalIdentity;
import uk.providerportal.security.Role;
import uk.providerportal.security.SystemTasks;
import uk.providerportal.sla.SlaService;
import uk.providerportal.standard.Standard;
import uk.providerportal.standard.StandardsService;
import uk.providerportal.submission.CaseFileUpload;
import uk.providerportal.submission.NewCaseSample;
import uk.providerportal.submission.SubmissionService;
import uk.providerportal.triage.QueueFilter;
import uk.providerportal.triage.TriageService;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserService;

/**
 * Seeds the demo world at start-up, only when {@link DeploymentMode#demo()} holds (the embedded database by
 * default; an external database only with {@code portal.demo.enabled=true}, never under {@code prod}).
 * <p>
 * Seeding finishes before the web server accepts its first request (issue 10, item 18): it is a lifecycle step
 * started in a phase before the web server's, so nobody can sign in to empty pages. It is all or nothing (item 19):
 * one transaction, so a start stopped midway (Ctrl+C, a killed process) leaves nothing behind and the next start
 * seeds afresh. Each piece is also idempotent on its own (every record is created only if it is not there yet),
 * which completes a database half-seeded by an earlier version.
 */
@Component
class DemoData implements SmartLifecycle {

    /**
     * Before the web server starts serving (Spring Boot starts it at {@code Integer.MAX_VALUE - 2048}), after
     * everything in the default phases.
     */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final String DEBT_ADVICE = "DEBT";
    static final String EMPLOYMENT = "EMPLOY";

    record DemoOrganisation(String code, String name, Nation nation, String programme) {
    }

    record DemoPerson(String subject, String name, String email, String organisationCode, Role role) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("NCA", "Northgate Community Advice", Nation.ENGLAND_AND_WALES, DEBT_ADVICE),
            new DemoOrganisation("MDT", "Midlands Debt Trust", Nation.ENGLAND_AND_WALES, DEBT_ADVICE),
            new DemoOrganisation("PSE", "Pathways South East", Nation.ENGLAND_AND_WALES, EMPLOYMENT),
            new DemoOrganisation("CLW", "Clyde Works", Nation.SCOTLAND, EMPLOYMENT));

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("priya.shah", "Priya Shah", "priya.shah@northgate-advice.example", "NCA",
                    Role.PROVIDER_USER),
            new DemoPerson("tom.hughes", "Tom Hughes", "tom.hughes@northgate-advice.example", "NCA",
                    Role.PROVIDER_USER),
            new DemoPerson("gareth.evans", "Gareth Evans", "gareth.evans@midlands-debt.example", "MDT",
                    Role.PROVIDER_USER),
            new DemoPerson("ade.okafor", "Ade Okafor", "ade.okafor@pathways-se.example", "PSE",
                    Role.PROVIDER_USER),
            new DemoPerson("morag.campbell", "Morag Campbell", "morag.campbell@clyde-works.example", "CLW",
                    Role.PROVIDER_USER),
            new DemoPerson("helen.carter", "Helen Carter", "helen.carter@funder.example", "", Role.QUALITY_MANAGER),
            new DemoPerson("omar.khan", "Omar Khan", "omar.khan@funder.example", "", Role.QUALITY_MANAGER),
            new DemoPerson("sam.patel", "Sam Patel", "sam.patel@funder.example", "", Role.ASSESSOR),
            new DemoPerson("ruth.morgan", "Ruth Morgan", "ruth.morgan@funder.example", "", Role.ASSESSOR),
            new DemoPerson("alex.reid", "Alex Reid", "alex.reid@funder.example", "", Role.ADMIN));

    private final DeploymentMode mode;
    private final OrganisationService organisations;
    private final UserService users;
    private final SystemTasks systemTasks;
    private final PolicyService policies;
    private final StandardsService standards;
    private final SlaService sla;
    private final SubmissionService submissions;
    private final Clock clock;
    private final TriageService triage;
    private final AssessmentService assessments;
    private final ModerationService moderation;
    private final TransactionTemplate oneTransaction;
    private final DemoSelfAssessments selfAssessments;
    private final DemoCalibrationRequests calibrationRequests;
    private final DemoCalibration calibration;
    private final DemoKpiHistory kpiHistory;
    private final DemoStories demoStories;
    private final DemoContractReviews demoReviews;
    private final DemoPerformance demoPerformance;
    private final DemoReturns demoReturns;
    private final DemoNotifications notifications;
    private volatile boolean running;

    DemoData(DeploymentMode mode, OrganisationService organisations, UserService users, SystemTasks systemTasks,
             PolicyService policies, StandardsService standards, SlaService sla, Clock clock,
             SubmissionService submissions, TriageService triage, AssessmentService assessments,
             ModerationService moderation, PlatformTransactionManager transactions,
             DemoSelfAssessments selfAssessments, DemoCalibrationRequests calibrationRequests,
             DemoCalibration calibration, DemoKpiHistory kpiHistory, DemoNotifications notifications,
             DemoStories demoStories, DemoContractReviews demoReviews, DemoPerformance demoPerformance,
             DemoReturns demoReturns) {
        this.demoStories = demoStories;
        this.demoReviews = demoReviews;
        this.demoPerformance = demoPerformance;
        this.demoReturns = demoReturns;
        this.notifications = notifications;
        this.calibration = calibration;
        this.kpiHistory = kpiHistory;
        this.selfAssessments = selfAssessments;
        this.calibrationRequests = calibrationRequests;
        this.oneTransaction = new TransactionTemplate(transactions);
        this.moderation = moderation;
        this.triage = triage;
        this.assessments = assessments;
        this.standards = standards;
        this.submissions = submissions;
        this.sla = sla;
        this.clock = clock;
        this.mode = mode;
        this.organisations = organisations;
        this.users = users;
        this.systemTasks = systemTasks;
        this.policies = policies;
    }

    @Override
    public void start() {
        seedIfDemo();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Seeds whatever of the demo world is missing, all in one transaction; nothing outside demo mode. */
    void seedIfDemo() {
        if (!mode.demo()) {
            return;
        }
        long started = System.nanoTime();
        systemTasks.runAs("demo-data", Role.ADMIN, () -> oneTransaction.executeWithoutResult(status -> seed()));
        log.info("Demo data ready: {} delivery partners, {} demo users, in {} ms", ORGANISATIONS.size(),
                PEOPLE.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Agreed sample volumes around today (seed 001: e.g. 20 a month, 6 a week), where none are agreed yet. */
    private void seedVolumes(java.util.Map<String, OrganisationSummary> byCode) {
        YearMonth now = YearMonth.now(clock);
        var volumes = java.util.Map.of("NCA", new int[] {20, 6}, "MDT", new int[] {12, 3}, "PSE", new int[] {16, 4},
                "CLW", new int[] {10, 3});
        for (int offset = -1; offset <= 2; offset++) {
            for (var entry : volumes.entrySet()) {
                sla.ensureVolume(byCode.get(entry.getKey()).id(), now.plusMonths(offset), entry.getValue()[0],
                        entry.getValue()[1], "demo data");
            }
        }
    }

    /** A few of this month's cases per delivery partner, submitted through the real checks, where it has none. */
    private void seedCases(java.util.Map<String, OrganisationSummary> byCode) {
        var who = java.util.Map.of("NCA", "priya.shah", "MDT", "gareth.evans", "PSE", "ade.okafor",
                "CLW", "morag.campbell");
        var howMany = java.util.Map.of("NCA", 8, "MDT", 5, "PSE", 4, "CLW", 3);
        LocalDate today = LocalDate.now(clock);
        for (var entry : who.entrySet()) {
            OrganisationSummary organisation = byCode.get(entry.getKey());
            UserAccount account = users.findDemoUser(entry.getValue()).orElseThrow();
            var identity = new PortalIdentity(account.id(), account.name(), account.email(), organisation.id(),
                    organisation.name(), account.roles(), false);
            systemTasks.runAsUser(identity, () -> {
                if (submissions.monthFolder(organisation.id(), YearMonth.from(today)).filed() > 0) {
                    return;
                }
                AdviceChannel[] channels = AdviceChannel.values();
                for (int i = 1; i <= howMany.get(entry.getKey()); i++) {
                    AdviceChannel channel = channels[i % channels.length];
                    submitDemoCase(new NewCaseSample(entry.getKey() + "-" + today.getYear() + "-"
                            + String.format("%02d%03d", today.getMonthValue(), i), channel, today.minusDays(i % 9),
                            channel == AdviceChannel.TELEPHONE ? "35, 20" : "", List.of()));
                }
            });
        }
    }

    private void submitDemoCase(NewCaseSample sample) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("demo-case-", ".pdf");
            try {
                java.nio.file.Files.write(file, DemoCaseRecord.pdf(sample.reference(),
                        java.util.Objects.requireNonNull(sample.channel()).label(), uk.providerportal.base.DateFormats
                                .date(java.util.Objects.requireNonNull(sample.completedOn()))));
                var result = submissions.submit(new NewCaseSample(sample.reference(), sample.channel(),
                        sample.completedOn(), sample.callMinutes(),
                        List.of(new CaseFileUpload("case-record-" + sample.reference() + ".pdf", file))));
                if (!result.accepted()) {
                    log.warn("Demo case {} was refused: {}", sample.reference(), result.problems());
                }
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reason the demo's past rules and standards restate their closed months. */
    static final String HISTORY = "Programme history loaded with the demo data";

    private void seedStandards(long programmeId, List<Standard> standards) {
        var present = this.standards.catalogue(programmeId, LocalDate.of(2023, 2, 1)).stream()
                .map(Standard::code).collect(java.util.stream.Collectors.toSet());
        standards.stream().filter(standard -> !present.contains(standard.code()))
                .forEach(standard -> this.standards.save(programmeId, standard, HISTORY));
    }

    private static Standard standard(String code, String title, String description, String category,
                                     boolean impact) {
        return new Standard(code, LocalDate.of(2023, 2, 1), title, description, category, impact, false, "");
    }

    static final List<Standard> DEBT_ADVICE_STANDARDS = List.of(
            standard("1a", "Advice tailored to the customer", "The advice fits the customer's circumstances and "
                    + "goals; irrelevant advice is marked here.", "Advice quality", true),
            standard("1b", "Full financial picture", "Income, expenditure and debts are gathered and checked before "
                    + "advice is given.", "Fact find", true),
            standard("1c", "Options explained", "Every suitable debt solution is explained with its benefits and "
                    + "risks.", "Advice quality", true),
            standard("1d", "Priority debts first", "Priority debts are identified and dealt with first.",
                    "Advice quality", true),
            standard("1e", "Vulnerability acted on", "Signs of vulnerability are identified and acted on.",
                    "Customer care", true),
            standard("1f", "Correct advice", "No incorrect advice is given; incorrect (not irrelevant) advice is "
                    + "marked here.", "Advice quality", true),
            standard("2a", "Complete case record", "The case record shows what was advised and why.", "Records",
                    false),
            standard("2b", "Next steps agreed", "Next steps and who takes them are agreed and recorded.", "Records",
                    false),
            standard("2c", "Consent recorded", "The customer's consent to share information is recorded.",
                    "Compliance", false));

    static final List<Standard> EMPLOYMENT_STANDARDS = List.of(
            standard("1a", "Action plan agreed", "A SMART action plan is agreed with the participant.",
                    "Support quality", true),
            standard("1b", "Barriers identified", "Barriers to work are identified and addressed in the plan.",
                    "Support quality", true),
            standard("2a", "Referral acknowledged", "The referral is acknowledged within one working day.",
                    "Customer service", true),
            standard("2b", "Complete record", "Contacts and outcomes are recorded.", "Records", false));

    /**
     * The 2023 rules of the domain documents (seed 000/001): KPI 80%, pass mark 85%, the March-May trial. Those months
     * are closed, so they are loaded the one way a closed month may change: as a restatement with a reason.
     */
    private void seedPolicies(long programmeId) {
        LocalDate launch = LocalDate.of(2023, 2, 1);
        // Each rule on its own: a database half-seeded by an earlier version had the KPI policy but no submission
        // rules, and every later start then failed on the first demo case.
        if (policies.kpiPolicy(programmeId, launch).isEmpty()) {
            policies.changeKpiPolicy(programmeId, new KpiPolicy(launch, new BigDecimal("80"), new BigDecimal("85"),
                    KpiPolicy.KpiMethod.SHARE_OF_CASES_AT_PASS_MARK, new BigDecimal("80"), new BigDecimal("75"),
                    new BigDecimal("65"), "demo data"), HISTORY);
        }
        var appealsFrom = policies.appealHistory(programmeId).stream().map(AppealPolicy::effectiveFrom)
                .collect(java.util.stream.Collectors.toSet());
        for (AppealPolicy appeal : List.of(AppealPolicy.standard(launch, "demo data"),
                AppealPolicy.anyUnmetStandard(LocalDate.of(2023, 3, 1), "demo data"),
                AppealPolicy.standard(LocalDate.of(2023, 6, 1), "demo data"))) {
            if (!appealsFrom.contains(appeal.effectiveFrom())) {
                policies.changeAppealPolicy(programmeId, appeal, HISTORY);
            }
        }
        if (policies.submissionRules(programmeId, launch).isEmpty()) {
            policies.changeSubmissionRules(programmeId, new SubmissionRules(launch, 180, 1,
                    List.of("application/pdf",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "audio/mpeg"),
                    25, "demo data"), HISTORY);
        }
    }

    private void seed() {
        long debtAdvice = organisations.ensureProgramme(DEBT_ADVICE, "Debt advice");
        long employment = organisations.ensureProgramme(EMPLOYMENT, "Employment support");
        var byCode = new java.util.HashMap<String, OrganisationSummary>();
        for (DemoOrganisation organisation : ORGANISATIONS) {
            byCode.put(organisation.code(), organisations.ensureOrganisation(organisation.code(),
                    organisation.name(), organisation.nation(), organisation.programme()));
        }
        for (DemoPerson person : PEOPLE) {
            Long organisationId = person.organisationCode().isEmpty() ? null : byCode.get(person.organisationCode()).id();
            users.ensureDemoUser(person.subject(), person.name(), person.email(), organisationId, Set.of(person.role()));
        }
        seedPolicies(debtAdvice);
        seedPolicies(employment);
        seedStandards(debtAdvice, DEBT_ADVICE_STANDARDS);
        seedStandards(employment, EMPLOYMENT_STANDARDS);
        seedVolumes(byCode);
        seedCases(byCode);
        selfAssessments.seed(byCode.get("MDT"));
        seedAssessments(byCode);
        new DemoNorthgateOutcomes(this::asDemoPerson, triage, assessments, moderation, selfAssessments).seed(byCode.get("NCA").id(),
                received("NCA", YearMonth.now(clock), byCode), users.findDemoUser("ruth.morgan").orElseThrow().id());
        calibrationRequests.seed();
        calibration.seed(byCode, this::asDemoPerson);
        kpiHistory.seed(byCode);
        demoStories.seed(byCode, this::asDemoPerson);
        demoReturns.seed(debtAdvice, employment, byCode, this::asDemoPerson);
        demoPerformance.seed(byCode, this::asDemoPerson);
        // after the plans: Midlands' review adds its agreed actions to its plan
        demoReviews.seed(byCode, this::asDemoPerson);
        notifications.seed();
    }

    /**
     * Work for the demo assessors, where they have none (issue 11): Helen Carter assigns them this month's Midlands
     * Debt Trust and Clyde Works cases; each has scorecards submitted, one draft part-way through and the rest queued
     * to start. Two of Sam's wait for Helen's moderation; Ruth's two are released to Midlands Debt Trust, one after
     * Helen changed an outcome. Every commentary reads as finished (a walkthrough may release the drafts too).
     * Northgate gets released outcomes of its own ({@link DemoNorthgateOutcomes}); the rest of its cases and
     * Pathways' stay in the triage queue for her to assign.
     */
    private void seedAssessments(java.util.Map<String, OrganisationSummary> byCode) {
        if (asDemoPerson("sam.patel", () -> assessments.countMyCases(AssignedQuery.all())) > 0
                || asDemoPerson("ruth.morgan", () -> assessments.countMyCases(AssignedQuery.all())) > 0) {
            return;
        }
        YearMonth round = YearMonth.now(clock);
        long sam = users.findDemoUser("sam.patel").orElseThrow().id();
        long ruth = users.findDemoUser("ruth.morgan").orElseThrow().id();
        List<Long> midlands = received("MDT", round, byCode);
        List<Long> clyde = received("CLW", round, byCode);
        if (midlands.size() < 5 || clyde.size() < 2) {
            return;
        }
        asDemoPerson("helen.carter", () -> {
            triage.assign(List.of(midlands.get(0), midlands.get(1), midlands.get(2), clyde.get(0)), sam);
            return triage.assign(List.of(midlands.get(3), midlands.get(4), clyde.get(1)), ruth);
        });
        // Moderation (issue 11, items 5, 6): at 0% only each assessor's first case of the month is picked, so
        // Ruth's second is released at once; Helen moderates Ruth's first, changing one outcome, which releases it.
        // Then the month goes to 100%, so every case submitted from here on (Sam's Clyde Works case, and any in a
        // walkthrough) waits for moderation beside Sam's first.
        asDemoPerson("helen.carter", () -> moderation.setRate(round, 0));
        asDemoPerson("sam.patel", () -> {
            score(midlands.get(0), true, "Clear, well-tailored advice. The priority debts were not dealt with first:"
                    + " the council tax arrears waited behind credit cards.");
            return score(midlands.get(1), false, "The customer's income and spending were checked carefully against"
                    + " the bank statements.");
        });
        asDemoPerson("ruth.morgan", () -> {
            score(midlands.get(3), true, "A thorough fact find: income, spending and every debt were checked against"
                    + " the statements. The advice fitted the customer's goals and the case record shows clearly what"
                    + " was advised and why.");
            score(midlands.get(4), true, "Sound, well-tailored advice. The budget was checked line by line, the"
                    + " options were compared in plain words and the next steps were agreed and recorded.");
            return score(clyde.get(1), false, "The participant's barriers to work were identified at the first"
                    + " meeting.");
        });
        asDemoPerson("helen.carter", () -> {
            Scorecard card = assessments.scorecard(midlands.get(3));
            ScorecardLine options = card.lines().stream().filter(line -> line.standard().code().equals("1c"))
                    .findFirst().orElseThrow();
            moderation.complete(midlands.get(3), List.of(new ModerationChange(options.standardVersionId(),
                    Outcome.NOT_MET, CustomerImpact.POTENTIAL_DETRIMENT, "The risks of a debt relief order were not "
                    + "explained.", "The assessor read the options letter, not the call: the call left the risks "
                    + "out.")));
            return moderation.setRate(round, 100);
        });
        asDemoPerson("sam.patel", () -> score(clyde.get(0), true, "The action plan was agreed with the participant"
                + " and the barriers to work are addressed in it. Every contact and its outcome is recorded."));
    }

    private List<Long> received(String code, YearMonth round, java.util.Map<String, OrganisationSummary> byCode) {
        return asDemoPerson("helen.carter", () -> triage.queue(new QueueFilter(round, byCode.get(code).id(), null,
                        CaseStatus.RECEIVED, null), org.springframework.data.domain.PageRequest.of(0, 50)))
                .stream().map(CaseSummary::id).sorted().toList();
    }

    /** Starts the case and answers its standards: every one when submitting, a little over half for a draft. */
    private Scorecard score(long caseId, boolean submit, String commentary) {
        Scorecard card = assessments.start(caseId);
        List<ScorecardAnswer> answers = new java.util.ArrayList<>();
        int answering = submit ? card.lines().size() : card.lines().size() / 2 + 1;
        for (int i = 0; i < answering; i++) {
            ScorecardLine line = card.lines().get(i);
            boolean unmet = submit && commentary.contains("priority debts") && line.standard().code().equals("1d");
            Outcome outcome = unmet ? Outcome.NOT_MET
                    : line.standard().code().equals("2c") ? Outcome.NOT_APPLICABLE : Outcome.MET;
            answers.add(new ScorecardAnswer(line.standardVersionId(), outcome,
                    unmet ? CustomerImpact.POTENTIAL_DETRIMENT : null,
                    unmet ? "Council tax arrears were left until after the credit card debts." : null));
        }
        var draft = new ScorecardDraft(card.version(), commentary, answers);
        return submit ? assessments.submit(caseId, draft) : assessments.saveDraft(caseId, draft);
    }

    private <T> T asDemoPerson(String subject, java.util.function.Supplier<T> work) {
        UserAccount account = users.findDemoUser(subject).orElseThrow();
        Long organisationId = account.organisationId();
        var identity = new PortalIdentity(account.id(), account.name(), account.email(), organisationId,
                organisationId == null ? null : organisations.findForSignIn(organisationId)
                        .map(OrganisationSummary::name).orElse(null), account.roles(), false);
        List<T> result = new java.util.ArrayList<>(1);
        systemTasks.runAsUser(identity, () -> result.add(work.get()));
        return result.getFirst();
    }
}

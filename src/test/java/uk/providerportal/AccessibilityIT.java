package uk.providerportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouteBaseData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.security.PermitAll;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.web.context.WebApplicationContext;
import uk.providerportal.appeal.AppealFixtures;
import uk.providerportal.appeal.AppealService;
import uk.providerportal.base.DateFormats;
import uk.providerportal.security.Role;
import uk.providerportal.security.SystemTasks;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserAccount;
import uk.providerportal.user.UserFilter;
import uk.providerportal.user.UserService;

/**
 * Every page and every dialog of the portal meets WCAG 2.2 A and AA as far as axe-core can tell, in a real browser,
 * signed in as someone who may open it. The list of pages comes from the running portal's routes and the list of
 * dialogs from the compiled code, so a new view or dialog without a check here fails the build.
 * <p>
 * Screenshots of each land in {@code target/screenshots/a11y-*.png}.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {

    static final String NOBODY = "";
    static final String PROVIDER = "priya.shah";
    static final String MIDLANDS_PROVIDER = "gareth.evans";
    static final String QUALITY_MANAGER = "helen.carter";
    static final String ASSESSOR = "sam.patel";
    static final String ADMIN = "alex.reid";

    // Lazy grids show one page of rows, and other tests add people and organisations: these pages are recognised
    // by their introductions, and rows are found by searching.
    static final String DELIVERY_PARTNERS = "Every organisation funded to deliver a programme";
    static final String USERS = "Everyone who has signed in or been set up";

    static final String FAILING_ROUTE = "accessibility-check/failing";
    /** Ade Okafor's Pathways South East appeals two months of this test's own (AppealFixtures' start in 2095). */
    static final String APPEALING_PROVIDER = "ade.okafor";
    static final YearMonth APPEAL_MONTH = YearMonth.of(2099, 1);
    static final YearMonth REVIEWED_MONTH = YearMonth.of(2099, 2);
    static volatile long reviewedAppeal;
    static final String WAITING_PERSON = "Robin Waiting";
    static final String CLAIMANT = "Casey Claimant";

    /** Every page, as the person who would see it, and the text that shows it has rendered. */
    static List<Visit> visits() {
        return List.of(
                new Visit("sign-in", "sign-in", NOBODY, "/sign-in", "Demo sign-in"),
                new Visit("sign-in-failed", "sign-in", NOBODY, "/sign-in?error", "Sign-in did not succeed"),
                new Visit("access-refused", "access-refused", NOBODY, "/access-refused?reason=DEACTIVATED_USER",
                        "Your account is deactivated"),

                new Visit("home-provider", "", PROVIDER, "/", "Your organisation"),
                new Visit("submit-case", "cases/submit", PROVIDER, "/cases/submit", "Your case reference"),
                new Visit("submit-case-problems", "cases/submit", PROVIDER, "/cases/submit", "Your case reference",
                        browser -> {
                            browser.click(browser.driver().findElement(By.xpath(
                                    "//vaadin-button[normalize-space(.)='Submit case']")));
                            browser.waitForText("There is a problem");
                        }),
                new Visit("bulk-submission", "cases/bulk", PROVIDER, "/cases/bulk", "Download the manifest template"),
                new Visit("month-folders-provider", "cases", PROVIDER, "/cases", "cases filed for"),
                new Visit("access-pending", "access-pending", PROVIDER, "/access-pending",
                        "Your access is waiting for approval"),
                // A mistyped address, loaded in full, reaches the portal's router (issue 10, item 9).
                new Visit("not-found", "NotFoundView", PROVIDER, "/no-such-page", "Page not found"),
                // FailingView, a route of this test only, breaks while being built, as an unexpected fault would.
                new Visit("error", "ErrorView", PROVIDER, "/" + FAILING_ROUTE, "Sorry, something went wrong"),

                new Visit("home-assessor", "", ASSESSOR, "/", "Funder quality team"),
                new Visit("standards-assessor", "admin/standards", ASSESSOR, "/admin/standards", "Correct advice"),
                new Visit("month-folders-assessor", "cases", ASSESSOR, "/cases", "Cases assigned to you"),
                new Visit("my-cases", "assessment/my-cases", ASSESSOR, "/assessment/my-cases", "assigned to you"),
                // The demo's first case of Sam Patel's, opened from My cases: its scorecard beside its files.
                new Visit("scorecard", "assessment/case/:caseId", ASSESSOR, "/assessment/my-cases",
                        "assigned to you", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Open scorecard of case ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("answered");
                        }),
                new Visit("my-calibration-exercises", "calibration/my-exercises", ASSESSOR,
                        "/calibration/my-exercises", "you are invited to"),
                // Sam's blind scorecard of a demo exercise, and the results of the demo's finished one.
                new Visit("blind-scorecard", "calibration/my-exercises/:exerciseId", ASSESSOR,
                        "/calibration/my-exercises", "you are invited to", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Score case '], a[aria-label^='Your answers to case ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("answered");
                        }),
                new Visit("calibration-exercise", "calibration/exercise/:exerciseId", ASSESSOR,
                        "/calibration/my-exercises", "you are invited to", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Results of the calibration exercise on case ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("Overall agreement");
                        }),
                                // Gareth Evans's Midlands Debt Trust has released cases in the demo (so has Priya's Northgate).
                new Visit("commentary", "assessment/commentary", MIDLANDS_PROVIDER, "/assessment/commentary",
                        "released for"),
                new Visit("case-commentary", "assessment/commentary/:caseId", MIDLANDS_PROVIDER,
                        "/assessment/commentary", "released for", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Read commentary of case ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("Overall commentary");
                        }),
                // Gareth Evans has self-assessments of this month's Midlands Debt Trust cases in the demo.
                new Visit("self-assessments", "self-assessment", MIDLANDS_PROVIDER, "/self-assessment",
                        "filed under"),
                new Visit("self-assessment", "self-assessment/case/:caseId", MIDLANDS_PROVIDER, "/self-assessment",
                        "filed under", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label*='self-assessment of case ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("answered");
                        }),

                // Gareth Evans's demo calibration requests: one open on a case, one on the month, scheduled.
                new Visit("calibration-requests", "calibration-requests", MIDLANDS_PROVIDER, "/calibration-requests",
                        "Every request of your organisation"),
                new Visit("calibration-request-form", "calibration-requests/new", MIDLANDS_PROVIDER,
                        "/calibration-requests/new", "About a month's released outcomes"),
                new Visit("calibration-request", "calibration-requests/:requestId", MIDLANDS_PROVIDER,
                        "/calibration-requests", "Every request of your organisation", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Open the calibration request on ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("To discuss");
                        }),

                // Priya's KPI page: the published month (chart, table, cases, restatement log) or, before any
                // publication, the empty state; the introduction shows either way.
                new Visit("kpi", "kpi/:___url_parameter?", PROVIDER, "/kpi", "Your organisation's quality KPI as published"),
                new Visit("kpi-month", "kpi/:___url_parameter?", PROVIDER,
                        "/kpi/" + YearMonth.now(DateFormats.ZONE).minusMonths(1),
                        "Your organisation's quality KPI as published"),
                new Visit("kpi-overview", "kpi-overview", QUALITY_MANAGER, "/kpi-overview",
                        "Every organisation's published KPI of the month"),

                new Visit("home-quality-manager", "", QUALITY_MANAGER, "/", "Funder quality team"),
                new Visit("calibration-queue", "quality/calibration-requests", QUALITY_MANAGER,
                        "/quality/calibration-requests", "Requests from delivery partners"),
                new Visit("calibration-request-quality", "calibration-requests/:requestId", QUALITY_MANAGER,
                        "/quality/calibration-requests", "Requests from delivery partners", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Open the request of ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("Answer in writing");
                        }),
                new Visit("moderation-queue", "quality/moderation", QUALITY_MANAGER, "/quality/moderation",
                        "for moderation"),
                new Visit("moderation", "quality/moderation/:caseId", QUALITY_MANAGER, "/quality/moderation",
                        "for moderation", browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Moderate case ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("Assessor's score");
                        }),
                new Visit("calibration-statistics", "quality/calibration", QUALITY_MANAGER, "/quality/calibration",
                        "Assessors' shares per standard"),
                new Visit("calibration-exercises", "quality/calibration/exercises", QUALITY_MANAGER,
                        "/quality/calibration/exercises", "Set up a calibration exercise"),
                new Visit("calibration-set-up", "quality/calibration/exercises/new", QUALITY_MANAGER,
                        "/quality/calibration/exercises/new", "Scorecards due by"),
                new Visit("kpi-publication", "kpi-publication", QUALITY_MANAGER, "/kpi-publication",
                        "A month's KPIs are published once"),
                // Pathways' months made in somethingToShowOnEveryPage: one to appeal, one lodged for Helen to decide
                new Visit("appeal", "appeals/:___url_parameter?", APPEALING_PROVIDER, "/appeals/" + APPEAL_MONTH,
                        "Choose the standards to appeal"),
                new Visit("appeals-board", "quality/appeals", QUALITY_MANAGER, "/quality/appeals",
                        "Lodged appeals against published KPIs"),
                new Visit("appeal-review", "quality/appeals/:appealId", QUALITY_MANAGER,
                        "/quality/appeals/" + reviewedAppeal, "Your decision"),
                // The demo's good news stories (Northgate's at every stage), opened from the list as each reader
                new Visit("stories-provider", "stories", PROVIDER, "/stories", "Stories per month"),
                new Visit("stories-quality-manager", "stories", QUALITY_MANAGER, "/stories", "Stories per month"),
                new Visit("story-new", "stories/new", PROVIDER, "/stories/new", "a story cannot be saved without it"),
                new Visit("story-provider", "stories/:storyId", PROVIDER, "/stories", "Stories per month",
                        browser -> openFirstStory(browser)),
                new Visit("story-quality-manager", "stories/:storyId", QUALITY_MANAGER, "/stories",
                        "Stories per month", browser -> openFirstStory(browser)),
                // The demo's contract reviews: Northgate's scheduled one, opened by Helen to record it
                new Visit("contract-reviews-provider", "performance/reviews", PROVIDER, "/performance/reviews",
                        "Review pack for"),
                new Visit("contract-reviews-quality-manager", "performance/reviews", QUALITY_MANAGER,
                        "/performance/reviews", "Choose a contract to see its reviews."),
                new Visit("contract-review", "performance/reviews/:reviewId", QUALITY_MANAGER, "/performance/reviews",
                        "Choose a contract to see its reviews.", browser -> {
                            browser.choose("Contract (delivery partner)", "Northgate Community Advice");
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[aria-label^='Open the review of ']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("Record the meeting");
                        }),
                // Midlands Debt Trust at level 2 with its enhanced plan; Pathways' assurance reviews, flagged
                new Visit("performance-provider", "performance/:organisationId?", MIDLANDS_PROVIDER, "/performance",
                        "Plan history"),
                new Visit("performance-quality-manager", "performance/:organisationId?", QUALITY_MANAGER,
                        "/performance", "Choose an organisation", browser -> {
                            browser.choose("Organisation", "Pathways South East");
                            browser.waitForText("Conditions for remedial action");
                        }),
                // Contract returns and KPIs (issue 15): the demo's returns of the last months, one late, one missing
                new Visit("returns-provider", "returns", PROVIDER, "/returns", "Send a return"),
                new Visit("returns-quality-manager", "returns", QUALITY_MANAGER, "/returns", "Returns and timeliness"),
                new Visit("contract-kpis-provider", "performance/kpis", PROVIDER, "/performance/kpis",
                        "as at the end of"),
                new Visit("contract-kpis-quality-manager", "performance/kpis", QUALITY_MANAGER, "/performance/kpis",
                        "as at the end of"),
                new Visit("kpi-catalogue-admin", "performance/kpi-catalogue", ADMIN, "/performance/kpi-catalogue",
                        "Add a KPI or a new version"),
                new Visit("kpi-catalogue-quality-manager", "performance/kpi-catalogue", QUALITY_MANAGER,
                        "/performance/kpi-catalogue", "The contract KPIs of each programme"),
                new Visit("triage-queue", "quality/queue", QUALITY_MANAGER, "/quality/queue", "in the queue"),
                new Visit("conflicts", "quality/conflicts", QUALITY_MANAGER, "/quality/conflicts",
                        "Declare conflict"),
                new Visit("month-folders-funder", "cases", QUALITY_MANAGER, "/cases", "cases filed for"),

                new Visit("home-admin", "", ADMIN, "/", "Funder quality team"),
                new Visit("delivery-partners", "delivery-partners", ADMIN, "/delivery-partners", DELIVERY_PARTNERS),
                new Visit("programmes", "admin/programmes", ADMIN, "/admin/programmes", "Employment support"),
                new Visit("programme-rules", "admin/programme-rules", ADMIN, "/admin/programme-rules",
                        "Any unmet standard on any case (trial)"),
                new Visit("standards", "admin/standards", ADMIN, "/admin/standards", "Correct advice"),
                new Visit("sla-volumes", "admin/sla-volumes", ADMIN, "/admin/sla-volumes", "Excel round trip"),
                new Visit("assessment-calendar", "admin/assessment-calendar", ADMIN, "/admin/assessment-calendar",
                        "Appeals close, Scotland"),
                new Visit("working-days", "admin/calendar", ADMIN, "/admin/calendar", "Good Friday"),
                new Visit("users", "admin/users", ADMIN, "/admin/users", USERS),
                new Visit("access-requests", "admin/access-requests", ADMIN, "/admin/access-requests",
                        WAITING_PERSON),
                new Visit("audit-trail", "audit", ADMIN, "/audit", "SIGN_IN"),
                // The demo's outbox holds the digests of its released outcomes (and the tests' mails); the newest opened.
                new Visit("outbox", "outbox", ADMIN, "/outbox", "Every mail the portal has written"),
                new Visit("outbox-mail", "outbox/:mailId", ADMIN, "/outbox", "Every mail the portal has written",
                        browser -> {
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "a[href^='outbox/']")).stream()
                                    .filter(WebElement::isDisplayed).findFirst().orElse(null)));
                            browser.waitForText("Back to the outbox");
                        }),
                new Visit("notification-settings-provider", "notification-settings", PROVIDER,
                        "/notification-settings", "Weekly sample missing"),
                new Visit("notification-settings-admin", "notification-settings", ADMIN, "/notification-settings",
                        "none goes to funder staff yet"));
    }

    /**
     * Every dialog, opened the way a person opens it. {@code opener} names the code that creates the dialog, as
     * {@code Class#method} ({@code #new} for a constructor, lambdas included).
     */
    static List<DialogCheck> dialogs() {
        return List.of(
                new DialogCheck("withdraw-case", "MonthFoldersView#confirmWithdraw", PROVIDER, "/cases",
                        "cases filed for", byAriaLabelStart("Withdraw case "), "Withdraw case "),

                new DialogCheck("withdraw-story-consent", "StoryView#confirmWithdraw", PROVIDER, "/stories",
                        "Stories per month", browser -> {
                            openFirstStory(browser);
                            return browser.driver().findElement(By.id("withdraw-consent"));
                        }, "Withdraw consent for this story?"),
                new DialogCheck("lodge-appeal", "AppealView#confirmLodge", APPEALING_PROVIDER,
                        "/appeals/" + APPEAL_MONTH,
                        "Choose the standards to appeal", browser -> browser.driver().findElement(By.id("lodge-appeal")),
                        "Lodge the appeal?"),
                new DialogCheck("publish-kpis", "KpiPublicationView#confirmPublish", QUALITY_MANAGER,
                        "/kpi-publication", "A month's KPIs are published once", browser -> {
                            // a month before the demo's imported history, which nothing publishes
                            String month = DateFormats.month(YearMonth.now(DateFormats.ZONE).minusMonths(18));
                            browser.choose("Month", month);
                            browser.waitForText("The KPIs of " + month + " are not published yet");
                            return browser.driver().findElement(By.id("publish-kpis"));
                        }, "Publish the KPIs of "),
                new DialogCheck("revise-kpi", "KpiPublicationView#openRevision", QUALITY_MANAGER,
                        "/kpi-publication", "A month's KPIs are published once", browser -> {
                            String month = DateFormats.month(YearMonth.now(DateFormats.ZONE).minusMonths(1));
                            browser.choose("Month", month);
                            browser.waitForText("The KPIs of " + month + " were published on");
                            browser.click(browser.waitFor(d -> d.findElements(By.cssSelector(
                                    "vaadin-grid-cell-content")).stream().filter(cell -> cell.getText()
                                    .equals("Northgate Community Advice")).findFirst().orElse(null)));
                            return browser.waitFor(d -> {
                                WebElement revise = d.findElement(By.id("revise-kpi"));
                                return revise.getDomAttribute("disabled") == null ? revise : null;
                            });
                        }, "Revise Northgate Community Advice's KPI for "),

                new DialogCheck("add-delivery-partner", "DeliveryPartnersView#new", ADMIN, "/delivery-partners",
                        DELIVERY_PARTNERS, byText("Add delivery partner"), "Add a delivery partner"),
                new DialogCheck("edit-delivery-partner", "DeliveryPartnersView#new", ADMIN, "/delivery-partners",
                        DELIVERY_PARTNERS, afterSearching("Search delivery partners", "Northgate", "Edit ",
                        "Edit Northgate Community Advice"), "Edit Northgate Community Advice"),
                new DialogCheck("add-programme", "ProgrammesView#open", ADMIN, "/admin/programmes",
                        "Employment support", byText("Add programme"), "Add a programme"),
                new DialogCheck("edit-programme", "ProgrammesView#open", ADMIN, "/admin/programmes",
                        "Employment support", byAriaLabelStart("Edit Debt advice"), "Edit Debt advice"),
                new DialogCheck("change-kpi-policy", "ProgrammeRulesView#open", ADMIN, "/admin/programme-rules",
                        "Any unmet standard on any case (trial)", byAriaLabelStart("Change from a date: KPI policy"),
                        "Change the KPI policy"),
                new DialogCheck("change-appeal-policy", "ProgrammeRulesView#open", ADMIN, "/admin/programme-rules",
                        "Any unmet standard on any case (trial)",
                        byAriaLabelStart("Change from a date: Appeal policy"), "Change the appeal policy"),
                new DialogCheck("change-submission-rules", "ProgrammeRulesView#open", ADMIN,
                        "/admin/programme-rules", "Any unmet standard on any case (trial)",
                        byAriaLabelStart("Change from a date: Submission rules"), "Change the submission rules"),
                new DialogCheck("add-standard", "StandardsView#edit", ADMIN, "/admin/standards", "Correct advice",
                        byText("Add or change a standard…"), "Add or change a standard"),
                new DialogCheck("change-standard", "StandardsView#edit", ADMIN, "/admin/standards", "Correct advice",
                        byAriaLabelStart("Change standard "), "Change standard "),
                new DialogCheck("sla-history", "SlaVolumesView#showHistory", ADMIN, "/admin/sla-volumes",
                        "Excel round trip", byAriaLabelStart("History of Northgate Community Advice"),
                        "History: Northgate Community Advice"),
                new DialogCheck("month-timetable", "AssessmentCalendarView#edit", ADMIN,
                        "/admin/assessment-calendar", "Appeals close, Scotland",
                        byAriaLabelStart("Change the timetable of "), "Timetable for "),
                new DialogCheck("change-user", "UsersView#openEditor", ADMIN, "/admin/users", USERS,
                        afterSearching("Search users", "Priya Shah", "Change access for ",
                                "Change access for Priya Shah"), "Change access for Priya Shah"),
                new DialogCheck("approve-access", "AccessRequestsView#openApprove", ADMIN, "/admin/access-requests",
                        WAITING_PERSON, byAriaLabelStart("Approve access for " + WAITING_PERSON),
                        "Approve access for " + WAITING_PERSON),
                new DialogCheck("reject-access", "AccessRequestsView#openReject", ADMIN, "/admin/access-requests",
                        WAITING_PERSON, byAriaLabelStart("Reject access for " + WAITING_PERSON),
                        "Reject access for " + WAITING_PERSON),
                new DialogCheck("link-claimant", "AccessRequestsView#openLink", ADMIN, "/admin/access-requests",
                        CLAIMANT, byAriaLabelStart("Link to Priya Shah: the sign-in of " + CLAIMANT),
                        "Link " + CLAIMANT + " to Priya Shah"),
                new DialogCheck("retire-standard", "StandardsView#confirmRetire", ADMIN, "/admin/standards",
                        "Correct advice", byAriaLabelStart("Retire standard 1f"), "Retire standard 1f?"));
    }

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(Application.class.getPackageName());

    Browser browser;
    @Autowired WebApplicationContext portal;
    @Autowired UserService users;
    @Autowired SystemTasks systemTasks;
    @Autowired AppealService appeals;

    private String signedInAs = NOBODY;

    @BeforeAll
    void somethingToShowOnEveryPage() throws Exception {
        routes().setRoute(FAILING_ROUTE, FailingView.class, List.of());
        var appealFixtures = AppealFixtures.from(portal);
        long pathways = appealFixtures.pathways();
        appealFixtures.appealable(pathways, APPEALING_PROVIDER, APPEAL_MONTH);
        var reviewed = appealFixtures.appealable(pathways, APPEALING_PROVIDER, REVIEWED_MONTH);
        reviewedAppeal = appealFixtures.lodged(appeals, reviewed);
        appealFixtures.signInAs().call(QUALITY_MANAGER, () -> appeals.assign(reviewedAppeal,
                appealFixtures.fixtures().userId(QUALITY_MANAGER)));
        users.signIn(new SignInClaims("https://sso.accessibility-check.example", "robin", WAITING_PERSON,
                "robin.waiting@unknown-partner.example", false, null, null, SignInClaims.Trust.none()));
        // Someone who signed in elsewhere with Priya's email: the admin links them to Priya or refuses them.
        users.signIn(new SignInClaims("https://sso.accessibility-check.example", "casey", CLAIMANT,
                "priya.shah@northgate-advice.example", true, null, null, SignInClaims.Trust.none()));
    }

    private static void openFirstStory(Browser browser) {
        browser.click(browser.waitFor(d -> d.findElements(By.cssSelector("a[aria-label^='Open story ']")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));
        browser.waitForText("History");
    }

    @AfterAll
    void leaveNothingBehind() {
        routes().removeRoute(FAILING_ROUTE);
        systemTasks.runAs("accessibility check", Role.ADMIN, () -> users.search(UserFilter.pending(),
                        Pageable.unpaged()).stream()
                .filter(user -> user.name().equals(WAITING_PERSON) || user.name().equals(CLAIMANT))
                .map(UserAccount::id)
                .forEach(id -> users.reject(id, "Made up by the accessibility check")));
    }

    @Test
    void everyRoute_andEveryErrorView_hasAVisit() {
        Set<String> pages = new TreeSet<>(routes().getRegisteredRoutes().stream()
                .filter(route -> PORTAL.contain(route.getNavigationTarget()))
                .map(RouteBaseData::getTemplate)
                .toList());
        PORTAL.stream()
                .filter(type -> type.isAssignableTo(HasErrorParameter.class) && !type.isInterface()
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getSimpleName)
                .forEach(pages::add);
        Set<String> visited = visits().stream().map(Visit::page).collect(Collectors.toCollection(TreeSet::new));

        assertThat(visited).withFailMessage("These pages have no accessibility check: %s. Add a Visit for each to "
                + "AccessibilityIT.visits().", difference(pages, visited)).containsAll(pages);
        assertThat(pages).withFailMessage("AccessibilityIT.visits() names pages that no longer exist: %s.",
                difference(visited, pages)).containsAll(visited);
    }

    @Test
    void everyPlaceThatOpensADialog_hasADialogCheck() {
        Set<String> openers = new TreeSet<>();
        for (JavaClass type : PORTAL) {
            type.getConstructorCallsFromSelf().stream()
                    .filter(call -> isDialog(call.getTargetOwner()) && !isDialog(call.getOriginOwner()))
                    // Serialisable lambdas get a synthetic $deserializeLambda$ that names their body again.
                    .filter(call -> !call.getOrigin().getModifiers().contains(JavaModifier.SYNTHETIC))
                    .map(call -> opener(call.getOrigin()))
                    .forEach(openers::add);
        }
        Set<String> checked = dialogs().stream().map(DialogCheck::opener)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(checked).withFailMessage("These open a dialog that has no accessibility check: %s. Add a "
                + "DialogCheck for each dialog they open to AccessibilityIT.dialogs().", difference(openers, checked))
                .containsAll(openers);
        assertThat(openers).withFailMessage("AccessibilityIT.dialogs() names openers that no longer open a "
                + "dialog: %s.", difference(checked, openers)).containsAll(checked);
    }

    @TestFactory
    Stream<DynamicTest> everyPage_meetsWcag22AA() {
        return visits().stream().map(visit -> DynamicTest.dynamicTest(visit.name(), () -> screenshotIfFailing(
                "a11y-" + visit.name(), () -> {
                    openAs(visit.signedInAs(), visit.path(), visit.ready());
                    visit.then().accept(browser);
                    browser.waitUntilSettled();
                    browser.screenshot("a11y-" + visit.name());
                    browser.assertAccessible(browser.driver().getCurrentUrl().replace(browser.url(""), "") + " as "
                            + who(visit.signedInAs()));
                })));
    }

    @TestFactory
    Stream<DynamicTest> everyDialog_meetsWcag22AA() {
        return dialogs().stream().map(dialog -> DynamicTest.dynamicTest(dialog.name(), () -> screenshotIfFailing(
                "a11y-dialog-" + dialog.name(), () -> {
                    openAs(dialog.signedInAs(), dialog.path(), dialog.ready());
                    browser.click(dialog.button().apply(browser));
                    browser.waitFor(d -> openDialogTitle().filter(title -> title.startsWith(dialog.title()))
                            .isPresent());
                    browser.waitUntilSettled();
                    browser.screenshot("a11y-dialog-" + dialog.name());
                    browser.assertAccessible("the dialog “" + openDialogTitle().orElseThrow() + "” on "
                            + dialog.path() + " as " + who(dialog.signedInAs()));

                    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
                    browser.waitFor(d -> openDialogTitle().isEmpty());
                })));
    }

    /** Keeps what the browser showed when a check failed, beside the screenshots of the pages that passed. */
    private void screenshotIfFailing(String name, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | AssertionError failure) {
            browser.screenshot(name + "-FAILED");
            throw failure;
        }
    }

    private void openAs(String person, String path, String ready) {
        if (!person.equals(signedInAs)) {
            browser.driver().manage().deleteAllCookies();
            if (!person.equals(NOBODY)) {
                browser.signInAs(person);
            }
            signedInAs = person;
        }
        browser.open(path);
        if (PER_PROGRAMME.contains(path)) {
            // Other tests add programmes of their own; the demo's rules and standards are Debt advice's.
            browser.choose("Programme", "Debt advice");
        }
        browser.waitForText(ready);
    }

    /** Pages that show one programme at a time, the first one by name unless someone chooses. */
    static final Set<String> PER_PROGRAMME = Set.of("/admin/programme-rules", "/admin/standards");

    /** The title of the dialog open now, if one is. */
    private Optional<String> openDialogTitle() {
        return browser.driver().findElements(By.cssSelector("vaadin-dialog[opened], vaadin-confirm-dialog[opened]"))
                .stream()
                .map(dialog -> dialog.getTagName().equals("vaadin-dialog") ? dialog.getDomProperty("headerTitle")
                        : dialog.getDomProperty("header"))
                .filter(title -> title != null)
                .findFirst();
    }

    private ApplicationRouteRegistry routes() {
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(portal.getServletContext()));
    }

    private static boolean isDialog(JavaClass type) {
        return type.isAssignableTo(Dialog.class) || type.isAssignableTo(ConfirmDialog.class);
    }

    private static String opener(JavaCodeUnit codeUnit) {
        return codeUnit.getOwner().getSimpleName() + "#"
                + (codeUnit.getName().equals(JavaConstructor.CONSTRUCTOR_NAME) ? "new" : codeUnit.getName());
    }

    private static Set<String> difference(Set<String> all, Set<String> without) {
        var rest = new TreeSet<>(all);
        rest.removeAll(without);
        return rest;
    }

    private static String who(String person) {
        return person.equals(NOBODY) ? "a visitor who has not signed in" : person;
    }

    private static Function<Browser, WebElement> byText(String text) {
        return browser -> browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[normalize-space(.)='" + text
                + "']")));
    }

    /** Searches the grid, then takes the row button once only the rows found are left (the search is lazy). */
    private static Function<Browser, WebElement> afterSearching(String searchField, String text, String buttons,
                                                                String wanted) {
        return browser -> {
            browser.type("vaadin-text-field", searchField, text);
            browser.waitFor(d -> {
                var shown = d.findElements(By.cssSelector("vaadin-button[aria-label^='" + buttons + "']")).stream()
                        .filter(WebElement::isDisplayed).toList();
                return !shown.isEmpty() && shown.stream().allMatch(button -> button.getDomAttribute("aria-label")
                        .startsWith(wanted));
            });
            browser.waitUntilSettled();
            return byAriaLabelStart(wanted).apply(browser);
        };
    }

    private static Function<Browser, WebElement> byAriaLabelStart(String start) {
        return browser -> browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-button[aria-label^='" + start
                + "']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * A page: {@code page} is the route it shows (its template, {@code ""} for home) or, for an error page, the
     * error view's class name.
     */
    record Visit(String name, String page, String signedInAs, String path, String ready, Consumer<Browser> then) {

        Visit(String name, String page, String signedInAs, String path, String ready) {
            this(name, page, signedInAs, path, ready, browser -> { });
        }
    }

    /** A dialog: who opens it where, the button that opens it, and how its title starts. */
    record DialogCheck(String name, String opener, String signedInAs, String path, String ready,
                       Function<Browser, WebElement> button, String title) {
    }

    /** A page that fails to build, so the error page can be checked as people would meet it. */
    @PermitAll
    static final class FailingView extends Main {
        FailingView() {
            throw new IllegalStateException("Failing on purpose: the accessibility check looks at the error page");
        }
    }
}

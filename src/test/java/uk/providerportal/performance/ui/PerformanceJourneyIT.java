package uk.providerportal.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.performance.ActionPlanDraft;
import uk.providerportal.performance.ActionStatus;
import uk.providerportal.performance.InterventionLevel;
import uk.providerportal.performance.LevelChange;
import uk.providerportal.performance.PerformanceService;
import uk.providerportal.signin.SignInAs;

/**
 * Issue 15's journey for action plans and levels, in a real browser, on Clyde Works (Morag Campbell), which the demo
 * leaves without a performance record: Morag's plan is in place; Helen Carter, the performance manager, puts the
 * contract at level 2 and comments on the plan; Morag sees the level, what it requires and the comment. axe-core
 * checks every page on the way. Screenshots: target/screenshots/performance-*.png.
 */
@BrowserTest
class PerformanceJourneyIT {

    Browser browser;

    @Autowired ApplicationContext context;
    @Autowired PerformanceService performance;
    @Autowired OrganisationService organisations;

    @Test
    void managerSetsLevel2AndCommentsOnThePlan_theProviderSeesTheLevelAndTheComment() throws Exception {
        SignInAs signInAs = SignInAs.from(context);
        long clyde = signInAs.call("morag.campbell", () -> organisations.ownOrganisation().orElseThrow().id());
        var before = signInAs.call("morag.campbell", () -> performance.workspace(clyde));
        if (before.level() == InterventionLevel.ENHANCED) {
            before = signInAs.call("helen.carter", () -> performance.setLevel(clyde, performance.workspace(clyde)
                    .version(), new LevelChange(InterventionLevel.STANDARD, LocalDate.of(2026, 1, 5), "Reset for "
                    + "the journey", "", null, null, null)));
        }
        long version = before.version();
        signInAs.call("morag.campbell", () -> performance.saveActionPlan(clyde, version, new ActionPlanDraft(
                List.of(new ActionPlanDraft.Action("Call every new referral within one working day", "Morag Campbell",
                        "Referrals called within one working day", LocalDate.of(2099, 3, 31), ActionStatus.ON_TRACK,
                        List.of())), "Month 1: 95%, month 2: 97%, month 3: 99%")));
        String comment = "Please add a milestone for February " + UUID.randomUUID().toString().substring(0, 8);

        browser.signInAs("helen.carter");
        browser.open("/performance/" + clyde);
        browser.waitForText("Set the intervention level");
        browser.waitUntilSettled();
        browser.assertAccessible("the performance manager's page of a contract");
        browser.choose("Level", InterventionLevel.ENHANCED.title());
        browser.field("vaadin-text-area", "Reason").findElement(By.tagName("textarea"))
                .sendKeys("Referrals called in time below target for two months.", Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElement(By.id("set-level"))));
        browser.waitForText("Level set; the delivery partner is told by email.");
        browser.field("vaadin-text-area", "Comments on the plan").findElement(By.tagName("textarea"))
                .sendKeys(comment, Keys.TAB);
        browser.click(browser.waitFor(d -> d.findElement(By.id("comment-plan"))));
        browser.waitForText("Comments added");
        browser.waitUntilSettled();
        browser.assertAccessible("the contract after the level and the comment");
        browser.screenshot("performance-manager");

        browser.signInAs("morag.campbell");
        browser.open("/performance");
        browser.waitForText("Update the plan");
        assertThat(browser.waitFor(d -> d.findElement(By.id("intervention-level"))).getText())
                .startsWith("Level 2: enhanced action");
        assertThat(browser.waitFor(d -> d.findElement(By.id("plan-comment"))).getText()).contains(comment);
        assertThat(browser.pageText()).contains("Referrals called in time below target for two months.",
                "flight path");
        browser.waitUntilSettled();
        browser.assertAccessible("the provider's performance page");
        browser.screenshot("performance-provider");
    }
}

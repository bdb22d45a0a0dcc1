package uk.providerportal.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * The month folder, the triage queue and an assessor's cases at 1280, 1024 and 320 CSS pixels wide (WCAG 2.2, 1.4.10 Reflow): neither the
 * page nor the list scrolls sideways, every column shown fits inside the list, and the actions stay on screen.
 */
@BrowserTest
class ListReflowIT {

    Browser browser;
    @org.springframework.beans.factory.annotation.Autowired uk.providerportal.MutableClock clock;

    @AfterEach
    void fullWidthAgain() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 1024, 320})
    void monthFolder_fitsTheWindow_withTheWithdrawActionOnScreen(int width) {
        browser.signInAs("priya.shah");
        windowWidth(width);
        browser.open("/cases");
        browser.waitForText("cases filed for");
        browser.waitUntilSettled();
        browser.screenshot("reflow-month-folder-" + width);

        assertFits(width, "Cases in this month folder");
        WebElement withdraw = browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-button[aria-label^='Withdraw "
                + "case ']")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertOnScreen(withdraw, width, "the first Withdraw button");
        if (width >= 1024) {
            assertThat(headers("Cases in this month folder")).contains("Case", "Submitted", "Status", "Files",
                    "Actions");
        } else {
            assertThat(headers("Cases in this month folder")).containsExactly("Cases");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 1024, 320})
    void triageQueue_fitsTheWindow_withSelectionAndAssignOnScreen(int width) {
        // The portal's clock live again, so a run that crossed midnight sees the cases filed since
        clock.reset();
        browser.signInAs("helen.carter");
        windowWidth(width);
        browser.open("/quality/queue");
        browser.waitForText("in the queue");
        browser.waitUntilSettled();
        // Other tests assign, assess and roll cases over in the shared database: look at a round that has some.
        var month = java.time.YearMonth.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).plusMonths(2);
        while (emptyQueue() && month.isAfter(
                java.time.YearMonth.now(clock.withZone(java.time.ZoneId.of("Europe/London"))).minusMonths(6))) {
            month = month.minusMonths(1);
            browser.choose("Assessment round", uk.providerportal.base.DateFormats.month(month.atDay(1)));
            browser.waitUntilSettled();
        }
        assertThat(emptyQueue()).as("a round with cases to look at").isFalse();
        browser.screenshot("reflow-triage-queue-" + width);

        assertFits(width, "Triage queue");
        WebElement checkbox = browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-grid.case-list vaadin-checkbox")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertOnScreen(checkbox, width, "a row's selection box");
        WebElement assign = browser.driver().findElement(By.xpath(
                "//vaadin-button[normalize-space(.)='Assign selected cases']"));
        ((ChromeDriver) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", assign);
        assertOnScreen(assign, width, "Assign selected cases");
        if (width >= 1024) {
            assertThat(headers("Triage queue")).contains("Priority", "Delivery partner", "Case reference", "Submitted",
                    "Status", "Assessor");
        } else {
            assertThat(headers("Triage queue")).contains("Cases");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 1024, 320})
    void myCases_fitsTheWindow_withEachCasesActionOnScreen(int width) {
        browser.signInAs("ruth.morgan");
        windowWidth(width);
        browser.open("/assessment/my-cases");
        browser.waitForText("assigned to you");
        browser.waitUntilSettled();
        browser.screenshot("reflow-my-cases-" + width);

        assertFits(width, "Cases assigned to you");
        WebElement action = browser.waitFor(d -> d.findElements(By.cssSelector("a[aria-label^='Open scorecard of "
                + "case '], vaadin-button[aria-label^='Start case ']")).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
        assertOnScreen(action, width, "the first case's action");
        if (width >= 1024) {
            assertThat(headers("Cases assigned to you")).contains("Due", "Priority", "Case reference",
                    "Delivery partner", "Status", "Scorecard", "Action");
        } else {
            assertThat(headers("Cases assigned to you")).containsExactly("Cases");
        }
    }

    private boolean emptyQueue() {
        return browser.pageText().matches("(?s)(.*\\D)?0 cases in the queue.*");
    }

    private void windowWidth(int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Neither the page nor the list scrolls sideways; every shown column ends inside the list. */
    private void assertFits(int width, String grid) {
        var driver = (ChromeDriver) browser.driver();
        assertThat(((Number) driver.executeScript("return window.innerWidth")).intValue()).isEqualTo(width);
        long pageWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(pageWidth).as("page width at %d px", width).isLessThanOrEqualTo(width);
        @SuppressWarnings("unchecked")
        Map<String, Object> table = (Map<String, Object>) driver.executeScript("""
                // Flow gives the grid its name as a property, not an attribute: each page here has one list of cases.
                const grid = document.querySelector('vaadin-grid.case-list');
                const table = grid.shadowRoot.querySelector('#table');
                return {scroll: table.scrollWidth, client: table.clientWidth,
                        right: grid.getBoundingClientRect().right};
                """, grid);
        assertThat(((Number) table.get("scroll")).longValue()).as("%s's width inside at %d px: %s", grid, width, table)
                .isLessThanOrEqualTo(((Number) table.get("client")).longValue());
        assertThat(((Number) table.get("right")).doubleValue()).as("%s's right edge", grid).isLessThanOrEqualTo(width);
    }

    private void assertOnScreen(WebElement element, int width, String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((ChromeDriver) browser.driver()).executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right, width: r.width};
                """, element);
        assertThat(((Number) box.get("left")).doubleValue()).as("%s at %d px: %s", what, width, box)
                .isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).as("%s at %d px: %s", what, width, box)
                .isLessThanOrEqualTo(width);
        assertThat(((Number) box.get("width")).doubleValue()).as("%s at %d px", what, width).isPositive();
    }

    /** The headers of the list's columns shown now. */
    @SuppressWarnings("unchecked")
    private List<String> headers(String grid) {
        return (List<String>) ((ChromeDriver) browser.driver()).executeScript("""
                // Flow gives the grid its name as a property, not an attribute: each page here has one list of cases.
                const grid = document.querySelector('vaadin-grid.case-list');
                return [...grid.shadowRoot.querySelectorAll('#header th')]
                        .filter(th => !th.hidden && th.getBoundingClientRect().width > 0)
                        .map(th => th.querySelector('slot').assignedElements()
                                .map(cell => cell.textContent.trim()).join(''))
                        .filter(text => text.length > 0);
                """, grid);
    }
}

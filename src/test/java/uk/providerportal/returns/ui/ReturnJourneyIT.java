package uk.providerportal.returns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;
import uk.providerportal.MutableClock;
import uk.providerportal.base.DateFormats;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.returns.ReturnService;
import uk.providerportal.returns.ReturnType;
import uk.providerportal.signin.SignInAs;

/**
 * Issue 15's return in a real browser: on the first day of this month, Morag Campbell (Clyde Works, Scotland) downloads
 * last month's customer service standards template, fills it in and uploads it; it is sent on time, and the performance
 * manager sees it so. axe-core checks each page. Screenshots: target/screenshots/return-*.png.
 */
@BrowserTest
class ReturnJourneyIT {

    Browser browser;

    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired ReturnService returns;
    @Autowired OrganisationService organisations;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void partnerUploadsLastMonthsReturnOnTime_andSeesItOnTime() throws Exception {
        SignInAs signInAs = SignInAs.from(context);
        YearMonth thisMonth = YearMonth.now(clock.withZone(DateFormats.ZONE));
        clock.set(thisMonth.atDay(1).atTime(10, 0).atZone(DateFormats.ZONE).toInstant());
        YearMonth lastMonth = thisMonth.minusMonths(1);
        long clyde = signInAs.call("alex.reid", () -> organisations.findByCodeForSignIn("CLW").orElseThrow().id());
        LocalDate due = signInAs.call("helen.carter", () -> returns.dueOn(clyde,
                ReturnType.CUSTOMER_SERVICE_STANDARDS, lastMonth));

        browser.signInAs("morag.campbell");
        browser.open("/returns");
        browser.waitForText("Send a return");
        browser.waitUntilSettled();
        browser.assertAccessible("the partner's returns");
        browser.choose("Return to send", "Customer service standards, " + DateFormats.month(lastMonth) + " (Due on "
                + DateFormats.date(due) + ")");
        browser.waitForText("Or enter the figures");
        browser.waitUntilSettled();
        browser.assertAccessible("a return ready to send");

        WebElement link = browser.waitFor(d -> d.findElement(By.id("download-return-template")));
        var response = browser.fetch(browser.url("/") + link.getDomAttribute("href"));
        assertThat(response.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("customer-service-standards-", ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = workbook.getSheet("Return");
            long[] figures = {6, 6, 1200, 1130};
            for (int i = 0; i < figures.length; i++) {
                sheet.getRow(4 + i).getCell(2).setCellValue(figures[i]);
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }
        try {
            WebElement upload = browser.waitFor(d -> d.findElement(By.id("return-upload")));
            var inputs = upload.findElements(By.cssSelector("input[type=file]"));
            (inputs.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    : inputs.getFirst()).sendKeys(file.toAbsolutePath().toString());
            browser.waitForText("Sent as version 1: on time.");
        } finally {
            Files.deleteIfExists(file);
        }
        browser.waitUntilSettled();
        browser.assertAccessible("the return sent on time");
        browser.screenshot("return-sent");
        assertThat(signInAs.call("helen.carter", () -> returns.returnOf(clyde, ReturnType.CUSTOMER_SERVICE_STANDARDS,
                lastMonth)).timeliness().text()).isEqualTo("On time");

        browser.signInAs("helen.carter");
        browser.open("/returns");
        browser.waitForText("Returns and timeliness");
        browser.waitUntilSettled();
        browser.choose("Organisation", "Clyde Works");
        browser.waitUntilSettled();
        assertThat(browser.pageText()).contains("Clyde Works").contains("On time").contains("Missing");
        browser.assertAccessible("the performance manager's returns");
    }
}

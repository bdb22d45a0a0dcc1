package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.providerportal.Browser;
import uk.providerportal.BrowserTest;

/**
 * Every kind of response carries the security headers (issue 10, item 20): the sign-in page, a signed-in page, a
 * case file download and an error; and the portal works in Chromium under its content security policy without a
 * single violation.
 */
@BrowserTest
class SecurityHeadersIT {

    Browser browser;

    @Test
    void signInPage_page_download_andError_allCarryTheSecurityHeaders() throws Exception {
        assertSecurityHeaders("the sign-in page", get(browser.url("/sign-in"), ""), 200);

        browser.signInAs("priya.shah");
        assertSecurityHeaders("a signed-in page", get(browser.url("/cases"), cookies()), 200);

        browser.open("/cases");
        WebElement link = browser.waitFor(d -> d.findElements(By.cssSelector("a[href*='VAADIN/dynamic/resource']"))
                .stream().findFirst().orElse(null));
        HttpResponse<byte[]> download = get(link.getDomProperty("href"), cookies());
        assertSecurityHeaders("a case file download", download, 200);
        assertThat(new String(download.body(), 0, 4)).isEqualTo("%PDF");

        assertSecurityHeaders("an error", get(browser.url("/VAADIN/dynamic/resource/0/no-such-key/x.pdf"),
                cookies()), 404, 403, 410);
        // Vaadin answers a full page load with its bootstrap page (200) and routes to "Page not found" inside it.
        assertSecurityHeaders("a page not found", get(browser.url("/no-such-page"), cookies()), 200, 404);
    }

    @Test
    void theProductionProfileAlone_sendsHsts_andOnlyOverHttps() throws Exception {
        assertThat(get(browser.url("/sign-in"), "").headers().firstValue("Strict-Transport-Security"))
                .as("not in development: it would pin http://localhost to HTTPS").isEmpty();
    }

    @Test
    void portalPages_runUnderTheContentSecurityPolicy_withoutViolations() {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        // Recorded from the first byte of every page, before the portal's own scripts run.
        Object script = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                        e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile
                        + ':' + e.lineNumber));
                """));
        try {
            browser.driver().manage().deleteAllCookies();
            browser.open("/");
            browser.waitForText("Demo sign-in");
            assertNoViolations("the sign-in page");
            browser.driver().findElement(By.id("sign-in-as-priya.shah")).click();
            browser.waitForText("Welcome, Priya Shah");
            assertNoViolations("home");
            for (String path : List.of("/cases", "/cases/submit", "/cases/bulk")) {
                browser.open(path);
                browser.waitUntilSettled();
                assertNoViolations(path);
            }
            browser.screenshot("csp-bulk-submission");
            browser.signInAs("alex.reid");
            for (String path : List.of("/admin/sla-volumes", "/admin/programme-rules", "/audit")) {
                browser.open(path);
                browser.waitUntilSettled();
                assertNoViolations(path);
            }
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
                    Map.of("identifier", ((Map<?, ?>) script).get("identifier")));
        }
    }

    private void assertNoViolations(String where) {
        browser.waitUntilIdle();
        Object violations = browser.driver() instanceof ChromeDriver chrome
                ? chrome.executeScript("return window.__cspViolations || ['the recorder did not run'];") : null;
        assertThat((List<?>) violations).as("content security policy violations on " + where).isEmpty();
    }

    private static void assertSecurityHeaders(String what, HttpResponse<byte[]> response, Integer... statuses) {
        assertThat(response.statusCode()).as(what + ": status").isIn((Object[]) statuses);
        HttpHeaders headers = response.headers();
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(what + ": Content-Security-Policy")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "default-src 'self'");
        assertThat(headers.firstValue("Referrer-Policy")).as(what + ": Referrer-Policy").hasValue("same-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).as(what + ": Permissions-Policy")
                .contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what + ": X-Content-Type-Options")
                .hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(what + ": X-Frame-Options").hasValue("DENY");
        assertThat(headers.allValues("Cache-Control").toString()).as(what + ": Cache-Control").contains("no-store");
    }

    private String cookies() {
        return browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<byte[]> get(String url, String cookies) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            var request = HttpRequest.newBuilder(URI.create(url)).GET();
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}

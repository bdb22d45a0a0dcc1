package uk.providerportal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import uk.providerportal.TestClockConfiguration;

/**
 * Heap retained by signed-in sessions (issue 10, item 13). Starts the portal in Vaadin production mode, opens
 * {@value #SESSIONS} real sessions per page over HTTP exactly as a browser's Flow client does (the sign-in page's
 * bootstrap, the CSRF-protected demo sign-in, the sign-in UI's unload beacon, then the page's bootstrap, which builds
 * its UI), and compares the heap after a full GC with the heap before them. Prints KB per session and the classes that
 * grew most. Run with {@code ./mvnw verify -Pbench -Dit.test=SessionMemoryBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "vaadin.productionMode=true", "vaadin.devmode.devTools.enabled=false"})
@Import(TestClockConfiguration.class)
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("bench.sessions", 60);
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    /** The hidden input's attributes arrive as node changes: its name, then its value. */
    private static final Pattern CSRF_INPUT = Pattern.compile(
            "\"value\":\"_csrf\"}.*?\"key\":\"value\",[^}]*?\"value\":\"([^\"]+)\"", Pattern.DOTALL);

    /** What Flow's client sends with its first request: a 1280 px Chromium window in London. */
    private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280"
            + "&v-tzo=0&v-dstd=60&v-rtzo=0&v-dston=false&v-tzid=Europe%2FLondon&v-td=false&v-pr=1"
            + "&v-np=Linux%20x86_64&v-cs=&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo"
            + "&v-curdate=";

    @LocalServerPort int port;

    /** One client for every session (its few pooled connections exist before the baseline); cookies kept per tab. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void providerOnTheMonthFolder_andQualityManagerOnTheQueue() throws Exception {
        // Warm up both pages (class loading, route and template caches) before any baseline is taken.
        for (int i = 0; i < 3; i++) {
            openSignedIn("priya.shah", "cases", "Month folders").send("[]");
            openSignedIn("helen.carter", "quality/queue", "Triage queue").send("[]");
        }
        List<String> report = new ArrayList<>();
        // The portal's shell and a page without a list, for comparison: what the header and menu alone cost.
        report.add(measure("provider user on the home page (/), for comparison", "priya.shah", "", "Welcome"));
        report.add(measure("provider user on the month folder (/cases)", "priya.shah", "cases", "Month folders"));
        report.add(measure("quality manager on the triage queue (/quality/queue)", "helen.carter", "quality/queue",
                "Triage queue"));
        report.forEach(System.out::println);
    }

    private String measure(String what, String subject, String location, String expected) throws Exception {
        Map<String, long[]> before = histogram();
        long heapBefore = BenchSeed.retainedHeap();
        List<Tab> tabs = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            tabs.add(openSignedIn(subject, location, expected));
        }
        long pageResponse = tabs.getLast().lastResponse.length();
        long heapOpened = BenchSeed.retainedHeap();
        // A browser's next round trip (the grid confirming its rows, a visibility change, any click) replaces the
        // page's first response, which Flow keeps per UI in case the client resends its message.
        for (Tab tab : tabs) {
            tab.send("[]");
        }
        long heapAfter = BenchSeed.retainedHeap();
        Map<String, long[]> after = histogram();
        double kbPerSession = (heapAfter - heapBefore) / 1024.0 / SESSIONS;
        var text = new StringBuilder(String.format(Locale.UK,
                "%n[bench] session memory, %s: %.0f KB retained per signed-in session (%d sessions; heap after full GC"
                        + " %.1f MB before, %.1f MB after; %.0f KB per session right after the page's first response,"
                        + " which was %d characters)%n", what, kbPerSession, SESSIONS, heapBefore / 1048576.0,
                heapAfter / 1048576.0, (heapOpened - heapBefore) / 1024.0 / SESSIONS, pageResponse));
        text.append("[bench]   classes that grew most (bytes per session, instances per session):\n");
        growth(before, after).stream().limit(25).forEach(row -> text.append(String.format(Locale.UK,
                "[bench]     %9.0f B %8.1f  %s%n", row.bytes / (double) SESSIONS, row.instances / (double) SESSIONS,
                row.name)));
        assertThat(kbPerSession).as(what).isPositive();
        return text.toString();
    }

    /** What a browser does: sign-in page, demo sign-in form, leaves the sign-in page, opens the page. */
    private Tab openSignedIn(String subject, String location, String expected) throws Exception {
        var signInPage = Tab.open(this, null, "sign-in");
        String csrf = find(CSRF_INPUT, signInPage.lastResponse, "the sign-in form's CSRF token");
        String form = "subject=" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        var signIn = http.send(HttpRequest.newBuilder(url("/sign-in/demo"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", signInPage.cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        signInPage.cookie = sessionCookie(signIn, signInPage.cookie);
        // The browser leaves the sign-in page: its Flow client sends the unload beacon, which closes that UI.
        signInPage.send("[],\"UNLOAD\":true");
        var page = Tab.open(this, signInPage.cookie, location);
        assertThat(page.lastResponse).as("the %s page for %s", location, subject).contains(expected);
        return page;
    }

    private static String sessionCookie(HttpResponse<?> response, @Nullable String current) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst()
                .orElse(current == null ? "" : current);
    }

    /** A browser tab running Flow's client protocol: bootstrap a UI, navigate it, send messages echoing the ids. */
    private static final class Tab {
        final SessionMemoryBenchmark bench;
        final String uiId;
        final String securityKey;
        String cookie;
        int syncId;
        int clientId;
        String lastResponse;

        private Tab(SessionMemoryBenchmark bench, String cookie, String init) {
            this.bench = bench;
            this.cookie = cookie;
            uiId = find(UI_ID, init, "the UI id");
            securityKey = find(SECURITY_KEY, init, "the security key");
            syncId = Integer.parseInt(find(SYNC_ID, init, "the sync id"));
            lastResponse = init;
        }

        static Tab open(SessionMemoryBenchmark bench, @Nullable String cookie, String route) throws Exception {
            var request = HttpRequest.newBuilder(bench.url("/?v-r=init&location="
                    + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=" + BROWSER_DETAILS
                    + System.currentTimeMillis())).GET();
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            var response = bench.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(route).isEqualTo(200);
            var tab = new Tab(bench, sessionCookie(response, cookie), response.body());
            tab.send("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                    + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                    + "\"trigger\":\"\"}}]");
            return tab;
        }

        /** Sends {@code rpc} (the JSON array, optionally followed by more top-level members). */
        void send(String rpc) throws Exception {
            String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":" + rpc + ",\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            var response = bench.http.send(HttpRequest.newBuilder(bench.url("/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8").header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            lastResponse = response.body();
            Matcher sync = SYNC_ID.matcher(lastResponse);
            if (sync.find()) {
                syncId = Integer.parseInt(sync.group(1));
            }
            Matcher client = CLIENT_ID.matcher(lastResponse);
            clientId = client.find() ? Integer.parseInt(client.group(1)) : clientId + 1;
        }
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", what, text.length() > 2000 ? text.substring(0, 2000) : text)
                .isTrue();
        return matcher.group(1);
    }

    /** The JVM's class histogram (live objects only: it runs a full GC), by class: instances and bytes. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> rows = new HashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
        Matcher matcher = row.matcher(text);
        while (matcher.find()) {
            rows.merge(matcher.group(3), new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return rows;
    }

    private record Growth(String name, long instances, long bytes) {
    }

    private static List<Growth> growth(Map<String, long[]> before, Map<String, long[]> after) {
        return after.entrySet().stream().map(entry -> {
            long[] was = before.getOrDefault(entry.getKey(), new long[2]);
            return new Growth(entry.getKey(), entry.getValue()[0] - was[0], entry.getValue()[1] - was[1]);
        }).sorted(Comparator.comparingLong(Growth::bytes).reversed()).toList();
    }
}

package uk.providerportal;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** axe-core with the rules of WCAG 2.2 level A and AA, the portal's target. */
final class Accessibility {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * Findings that come from inside a Vaadin web component, where no application code can reach, each with the
     * upstream issue that tracks it. Only that rule on that element is set aside; everything else on the element,
     * and the rule everywhere else, is still checked. Remove an entry once the component is fixed.
     */
    // None today. The one there was (a required vaadin-select puts aria-required on its value button,
    // vaadin/web-components#7337) is gone at its cause: the only required choice is now a radio group.
    private static final List<ComponentBug> COMPONENT_BUGS = List.of();

    /**
     * axe keeps its experimental rules off unless asked, WCAG ones included (label in name, orientation lock,
     * paragraphs styled as headings, fake table captions, cells without headers): the portal asks. Read once from
     * axe itself, so a newer axe brings its own.
     */
    private static List<String> experimentalWcagRules;

    private Accessibility() {
    }

    static void assertNoViolations(WebDriver driver, String what) {
        var rules = experimentalWcagRules(driver).stream().collect(Collectors.toMap(Function.identity(), id -> {
            var enabled = new AxeRuleOptions();
            enabled.setEnabled(true);
            return enabled;
        }));
        var runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_22_AA);
        var options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setRules(rules);
        // Passes and "needs review" items are not reported, which keeps each run short.
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + what + ": " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations().stream()
                .map(Accessibility::withoutComponentBugs)
                .filter(rule -> !rule.getNodes().isEmpty())
                .toList();
        if (!violations.isEmpty()) {
            fail(uk.providerportal.base.Plural.of(violations.size(), "accessibility rule") + " broken on " + what + " (" + results.getUrl() + "):\n"
                    + violations.stream().map(Accessibility::describe).collect(Collectors.joining("\n")));
        }
    }

    @SuppressWarnings("unchecked")
    private static synchronized List<String> experimentalWcagRules(WebDriver driver) {
        if (experimentalWcagRules == null) {
            try {
                experimentalWcagRules = (List<String>) ((JavascriptExecutor) driver).executeScript(
                        new EmbeddedResourceAxeProvider().getScript() + """
                        ;return axe.getRules(arguments[0])
                                .filter(rule => rule.tags.includes('experimental'))
                                .map(rule => rule.ruleId);
                        """, WCAG_22_AA);
            } catch (Exception e) {
                throw new IllegalStateException("Could not read axe-core's rules", e);
            }
        }
        return experimentalWcagRules;
    }

    private static Rule withoutComponentBugs(Rule rule) {
        rule.setNodes(rule.getNodes().stream()
                .filter(node -> COMPONENT_BUGS.stream().noneMatch(bug -> bug.matches(rule, node)))
                .toList());
        return rule;
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " [" + rule.getHelpUrl() + "]\n"
                + rule.getNodes().stream()
                .map(node -> "    " + target(node.getTarget()) + "\n      " + node.getFailureSummary()
                        .replace("\n", "\n      "))
                .collect(Collectors.joining("\n"));
    }

    /** axe names an element inside shadow roots as a list of selectors, one per shadow root on the way. */
    private static String target(Object target) {
        if (target instanceof List<?> parts) {
            return parts.stream().map(Accessibility::target).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }

    /** One rule failing on one kind of element inside a web component, for a reason tracked upstream. */
    record ComponentBug(String rule, String elementStartsWith, String checkDataContains, String upstreamIssue) {

        boolean matches(Rule found, CheckedNode node) {
            return found.getId().equals(rule) && node.getHtml().startsWith(elementStartsWith)
                    && Stream.of(node.getAny(), node.getAll(), node.getNone())
                    .flatMap(List::stream)
                    .map(Check::getData)
                    .allMatch(data -> data == null || String.valueOf(data).contains(checkDataContains));
        }
    }
}

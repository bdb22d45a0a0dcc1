package uk.providerportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The shape every feature keeps: its entities and repositories stay inside it, views never reach a repository,
 * every public method of a feature service is secured (or listed here with the reason it is not), and no markup or
 * script is built from strings.
 */
class ArchitectureTest {

    static final String ROOT = "uk.providerportal";

    static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    static final String WORKING_DAYS = "date arithmetic on the published UK bank holidays and the funder's "
            + "calendar exceptions, which every feature and every scheduled job needs; it reveals nothing private";

    /**
     * Public service methods without {@code @PreAuthorize}, each with why: they run before anyone is signed in, or
     * they record what the caller is doing and must work for every caller.
     */
    static final Map<String, String> PUBLIC_BY_DESIGN = Map.ofEntries(
            Map.entry("AuditLog.record", "records the change the (already authorised) caller is making"),
            Map.entry("AuditLog.recordFor", "records sign-ins and refusals, before or without a signed-in user"),
            Map.entry("AuditLog.recordDenied", "records a refusal; the refused caller has no rights to check"),
            Map.entry("AuditLog.currentActor", "names whoever is acting, for the audit line"),
            Map.entry("UserService.signIn", "provisions the person an identity provider vouched for, before sign-in"),
            Map.entry("UserService.demoUsers", "lists the demo page's people to a visitor who is not signed in yet"),
            Map.entry("UserService.findDemoUser", "resolves the demo person being signed in"),
            Map.entry("UserService.currentAccess", "the per-request check of a session's access stamp, which must run "
                    + "before the request is authorised; it answers only about the session's own user"),
            Map.entry("OrganisationService.findForSignIn", "names the organisation of the person signing in"),
            Map.entry("OrganisationService.findByCodeForSignIn", "resolves an identity provider's organisation claim"),
            Map.entry("WorkingDayCalendar.isWorkingDay", WORKING_DAYS),
            Map.entry("WorkingDayCalendar.addWorkingDays", WORKING_DAYS),
            Map.entry("WorkingDayCalendar.workingDaysAfter", WORKING_DAYS),
            Map.entry("WorkingDayCalendar.firstWorkingDayOnOrAfter", WORKING_DAYS),
            Map.entry("WorkingDayCalendar.lastWorkingDayOfMonth", WORKING_DAYS),
            Map.entry("WorkingDayCalendar.nthWorkingDayOfMonth", WORKING_DAYS),
            Map.entry("WorkingDayCalendar.nonWorkingDays", WORKING_DAYS));

    static String feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Only classes of the same feature use it. */
    static ArchCondition<JavaClass> usedOnlyInsideTheirFeature() {
        return new ArchCondition<>("be used only inside their own feature") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                item.getDirectDependenciesToSelf().forEach(dependency -> {
                    JavaClass origin = dependency.getOriginClass();
                    if (origin.getPackageName().startsWith(ROOT) && !feature(origin).equals(feature(item))) {
                        events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
                    }
                });
            }
        };
    }

    @Test
    void entitiesAreNotUsedOutsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class).should(usedOnlyInsideTheirFeature()).check(PORTAL);
    }

    @Test
    void repositoriesAreNotUsedOutsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should(usedOnlyInsideTheirFeature()).check(PORTAL);
    }

    @Test
    void viewsNeverTouchRepositoriesOrTheDatabase() {
        noClasses().that().resideInAPackage(ROOT + "..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .check(PORTAL);
    }

    /** Services and views read the time from the injected {@code Clock}, so tests and a demo clock can set it. */
    @Test
    void timeComesFromTheInjectedClock() {
        noClasses().should().callMethodWhere(new DescribedPredicate<JavaMethodCall>(
                "a java.time now() without a Clock") {
            @Override
            public boolean test(JavaMethodCall call) {
                var target = call.getTarget();
                return target.getName().equals("now") && target.getOwner().getPackageName().equals("java.time")
                        && target.getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
            }
        }).check(PORTAL);
    }

    @Test
    void everyPublicMethodOfAFeatureService_isSecured_orListedWithAReason() {
        List<String> unsecured = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (JavaClass service : PORTAL) {
            if (!service.isAnnotatedWith(Service.class)) {
                continue;
            }
            for (JavaMethod method : service.getMethods()) {
                if (!method.getModifiers().contains(JavaModifier.PUBLIC)
                        || method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        || method.getModifiers().contains(JavaModifier.BRIDGE)) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                seen.add(name);
                if (!method.isAnnotatedWith(PreAuthorize.class) && !PUBLIC_BY_DESIGN.containsKey(name)) {
                    unsecured.add(method.getFullName());
                }
            }
        }
        assertThat(unsecured).as("public service methods without @PreAuthorize and not in PUBLIC_BY_DESIGN")
                .isEmpty();
        assertThat(seen).as("PUBLIC_BY_DESIGN names only methods that exist").containsAll(PUBLIC_BY_DESIGN.keySet());
    }

    /** Vaadin sets such content as live markup or script: text from people must never reach it. */
    static final Set<String> MARKUP_FROM_STRINGS = Set.of(
            "com.vaadin.flow.component.Html.<init>",
            "com.vaadin.flow.component.Svg.<init>",
            "com.vaadin.flow.dom.Element.executeJs",
            "com.vaadin.flow.dom.Element.callJsFunction",
            "com.vaadin.flow.component.page.Page.executeJs");

    /** Classes allowed to build markup, each with why it is safe. */
    static final Map<String, String> MARKUP_ALLOWED = Map.of(
            "uk.providerportal.kpi.ui.ChartPicture", "shows SVG drawn by JFreeChart into Batik's SVG generator "
                    + "(KpiChart), which writes every text through the DOM, escaped; no string is spliced into it");

    @Test
    void noMarkupOrScriptIsBuiltFromStrings() {
        DescribedPredicate<JavaAccess<?>> buildsMarkup = new DescribedPredicate<>("build Html, Svg or script") {
            @Override
            public boolean test(JavaAccess<?> access) {
                String target = access.getTarget().getOwner().getFullName() + "." + access.getTarget().getName();
                return MARKUP_FROM_STRINGS.contains(target);
            }
        };
        noClasses().that(new DescribedPredicate<JavaClass>("are not allowed to build markup") {
            @Override
            public boolean test(JavaClass type) {
                return !MARKUP_ALLOWED.containsKey(type.getName());
            }
        }).should().accessTargetWhere(buildsMarkup).check(PORTAL);
    }
}

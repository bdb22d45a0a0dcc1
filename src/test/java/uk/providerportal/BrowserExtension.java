package uk.providerportal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browser for real-browser tests. One headless Chromium serves the whole test run: it starts when the first
 * browser test class needs it, lives in JUnit's root store and is closed when the run ends. Each test class gets
 * its own {@link Browser} on that Chromium, pointed at the port of the class's Spring server and starting without
 * cookies; it is injected into {@code Browser} fields of the test instance and into {@code Browser} parameters.
 * <p>
 * Register it after the Spring extension, as {@link BrowserTest} does, or with
 * {@code @ExtendWith(BrowserExtension.class)} on a class whose Spring context differs.
 */
public final class BrowserExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        browser(context);
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        for (Field field : ReflectionSupport.findFields(testInstance.getClass(),
                field -> field.getType() == Browser.class && !Modifier.isStatic(field.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN)) {
            field.setAccessible(true);
            field.set(testInstance, browser(context));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    /** The test class's browser, made on first use: a fresh start on the run's one Chromium. */
    private static Browser browser(ExtensionContext context) {
        ExtensionContext testClass = context;
        while (testClass.getTestMethod().isPresent() && testClass.getParent().isPresent()) {
            testClass = testClass.getParent().get();
        }
        ExtensionContext classContext = testClass;
        return classContext.getStore(NAMESPACE).computeIfAbsent(Browser.class, key -> {
            var browser = new Browser(chromium(classContext).driver(), "http://localhost:" + serverPort(classContext));
            browser.startAfresh();
            return browser;
        }, Browser.class);
    }

    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> Chromium.start(),
                Chromium.class);
    }

    private static String serverPort(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException(context.getDisplayName() + " uses a browser but starts no server: give it "
                    + "@BrowserTest, or @SpringBootTest with a RANDOM_PORT or DEFINED_PORT web environment.");
        }
        return port;
    }
}

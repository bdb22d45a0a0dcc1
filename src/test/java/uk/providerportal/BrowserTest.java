package uk.providerportal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A real-browser test: the whole portal on a random port with demo data and a pinnable clock, and a
 * {@link Browser} injected by {@link BrowserExtension}. Classes with the same configuration share one Spring
 * context; add {@code @TestPropertySource} or {@code @DynamicPropertySource} for a class that needs its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import(TestClockConfiguration.class)
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
}

package uk.providerportal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import uk.providerportal.signin.SignInAs;

/**
 * The whole portal on the JVM's shared embedded MariaDB with demo data, a pinnable clock, {@link Fixtures} to make
 * a test's own organisations and people, and {@link SignInAs} to act as them. Every test using it shares one Spring
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import({TestClockConfiguration.class, SignInAs.class, Fixtures.class})
public @interface PortalTest {
}

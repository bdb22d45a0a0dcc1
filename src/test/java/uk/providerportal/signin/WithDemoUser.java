package uk.providerportal.signin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithSecurityContext;

/** Runs a test as a seeded demo user, signed in through the same provider the demo page uses. */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithDemoUserFactory.class, setupBefore = TestExecutionEvent.TEST_METHOD)
public @interface WithDemoUser {

    /** The demo subject, e.g. {@code priya.shah}. */
    String value();
}

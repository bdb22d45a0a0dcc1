package uk.providerportal.base;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/** One clock for the whole portal, so tests can pin "today"; instants are stored in UTC. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
class TimeConfiguration {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(UK);
    }

    @Bean
    DateTimeProvider auditingDateTimeProvider(Clock clock) {
        return () -> Optional.of(clock.instant());
    }
}

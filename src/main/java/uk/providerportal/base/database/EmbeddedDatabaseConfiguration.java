package uk.providerportal.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import uk.providerportal.base.DeploymentMode;

/**
 * With no {@code spring.datasource.url} the portal runs on its own embedded MariaDB; with one (for example
 * {@code SPRING_DATASOURCE_URL} or the {@code mysql} profile) Spring Boot's own data source is used and nothing
 * is started here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    DataSource dataSource(@Value("${portal.embedded-db.data-dir:data/mariadb}") Path dataDir,
                          @Value("${portal.embedded-db.port:0}") int port,
                          @Value("${portal.embedded-db.ephemeral:false}") boolean ephemeral,
                          @Value("${portal.embedded-db.throwaway:false}") boolean throwaway) {
        String url = EmbeddedMariaDb.start(dataDir, port, ephemeral, throwaway);
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .driverClassName("org.mariadb.jdbc.Driver")
                .url(url)
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    static final class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DeploymentMode.usesEmbeddedDatabase(context.getEnvironment());
        }
    }
}

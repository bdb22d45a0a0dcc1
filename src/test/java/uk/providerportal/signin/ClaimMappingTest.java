package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import uk.providerportal.security.Role;

class ClaimMappingTest {

    static SignInProperties.Registration registration(String organisationClaim, String organisationPattern,
                                                      String rolesClaim, Map<String, Role> roleMapping) {
        return new SignInProperties.Registration(organisationClaim, organisationPattern, rolesClaim, roleMapping,
                null, null, false);
    }

    static SignInProperties.Registration trusting(Set<Role> roles, List<String> organisations) {
        return new SignInProperties.Registration(null, null, null, null, roles, organisations, false);
    }

    @Test
    void defaults_readAnOrganisationCodeAndRoleNames() {
        var mapping = new SignInProperties(null, null, null, null, null).mappingFor("any");
        Map<String, Object> claims = Map.of("organisation", "NCA", "roles", List.of("provider_user", "offline_access"));

        assertThat(mapping.organisationCode(claims)).isEqualTo("NCA");
        assertThat(mapping.roles(claims)).containsExactly(Role.PROVIDER_USER);
    }

    @Test
    void keycloakGroupPaths_andNestedRealmRoles_perRegistration() {
        var keycloak = registration("groups", "^/providers/([^/]+)$", "realm_access.roles",
                Map.of("portal-quality", Role.QUALITY_MANAGER, "portal-provider", Role.PROVIDER_USER));
        var mapping = new SignInProperties(null, null, null, null, Map.of("keycloak", keycloak)).mappingFor("keycloak");
        Map<String, Object> claims = Map.of(
                "groups", List.of("/staff", "/providers/CLW"),
                "realm_access", Map.of("roles", List.of("portal-provider", "default-roles-portal")));

        assertThat(mapping.organisationCode(claims)).isEqualTo("CLW");
        assertThat(mapping.roles(claims)).containsExactly(Role.PROVIDER_USER);
    }

    @Test
    void entraGroupIds_mapThroughTheRoleMappingOnly() {
        var mapping = new SignInProperties(null, null, "groups",
                Map.of("6f1c-quality", Role.QUALITY_MANAGER), null).mappingFor("entra");
        Map<String, Object> claims = Map.of("groups", List.of("6f1c-quality", "ADMIN"));

        assertThat(mapping.roles(claims)).containsExactly(Role.QUALITY_MANAGER);
        assertThat(mapping.organisationCode(claims)).isNull();
    }

    @Test
    void absentRolesClaim_leavesThePortalsOwnRolesAlone_butAnEmptyOneClearsThem() {
        var mapping = new SignInProperties(null, null, null, null,
                Map.of("any", trusting(Set.of(Role.ASSESSOR), List.of()))).mappingFor("any");
        assertThat(mapping.trusted(Map.of()).roles()).isNull();
        assertThat(mapping.trusted(Map.of("roles", List.of())).roles()).isEmpty();
    }

    @Test
    void registrationWithNothingConfigured_isTrustedForNoRoleAndNoOrganisation() {
        var mapping = new SignInProperties(null, null, null, null, null).mappingFor("partners");
        var trusted = mapping.trusted(Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER", "ADMIN")));

        assertThat(trusted.roles()).isEmpty();
        assertThat(trusted.organisationCode()).isNull();
        assertThat(trusted.ignored()).extracting(ClaimMapping.IgnoredClaim::value)
                .containsExactlyInAnyOrder("NCA", "PROVIDER_USER", "ADMIN");
        assertThat(mapping.trust().roles()).isEmpty();
        assertThat(mapping.trust().organisation()).isFalse();
        assertThat(mapping.trust().linkByEmail()).isFalse();
    }

    @Test
    void partnersProvider_assertingAdmin_keepsOnlyTheProviderRole_andReportsTheAdminClaim() {
        var mapping = new SignInProperties(null, null, null, null,
                Map.of("partners", trusting(Set.of(Role.PROVIDER_USER), List.of("nca", "CLW")))).mappingFor("partners");
        var trusted = mapping.trusted(Map.of("organisation", "NCA", "roles", List.of("PROVIDER_USER", "ADMIN")));

        assertThat(trusted.roles()).containsExactly(Role.PROVIDER_USER);
        assertThat(trusted.organisationCode()).isEqualTo("NCA");
        assertThat(trusted.ignored()).singleElement().satisfies(ignored -> {
            assertThat(ignored.claim()).isEqualTo("roles");
            assertThat(ignored.value()).isEqualTo("ADMIN");
            assertThat(ignored.why()).contains("only the roles PROVIDER_USER");
        });
    }

    @Test
    void partnersProvider_assertingAnotherPartnersOrganisation_isIgnoredAndReported() {
        var mapping = new SignInProperties(null, null, null, null,
                Map.of("partners", trusting(Set.of(Role.PROVIDER_USER), List.of("NCA")))).mappingFor("partners");
        var trusted = mapping.trusted(Map.of("organisation", "MDT", "roles", List.of("PROVIDER_USER")));

        assertThat(trusted.organisationCode()).isNull();
        assertThat(trusted.ignored()).singleElement().satisfies(ignored -> {
            assertThat(ignored.claim()).isEqualTo("organisation");
            assertThat(ignored.value()).isEqualTo("MDT");
        });
        assertThat(new SignInProperties(null, null, null, null,
                Map.of("any", trusting(Set.of(), List.of("*")))).mappingFor("any").trustsOrganisation("MDT")).isTrue();
    }

    @Test
    void mappedGroupOutsideTheTrust_isReportedWithItsGroupAndRole() {
        var entra = new SignInProperties.Registration(null, null, "groups",
                Map.of("6f1c-quality", Role.QUALITY_MANAGER, "9a2b-admins", Role.ADMIN),
                Set.of(Role.QUALITY_MANAGER, Role.ASSESSOR), null, true);
        var mapping = new SignInProperties(null, null, null, null, Map.of("entra", entra)).mappingFor("entra");
        var trusted = mapping.trusted(Map.of("groups", List.of("6f1c-quality", "9a2b-admins")));

        assertThat(trusted.roles()).containsExactly(Role.QUALITY_MANAGER);
        assertThat(trusted.ignored()).extracting(ClaimMapping.IgnoredClaim::value)
                .containsExactly("9a2b-admins (ADMIN)");
        assertThat(mapping.trust().linkByEmail()).isTrue();
    }

    @Test
    void emailVerified_acceptsBooleanTrueOrTheStringTrue_only() {
        assertThat(ClaimMapping.emailVerified(Map.of("email_verified", true))).isTrue();
        assertThat(ClaimMapping.emailVerified(Map.of("email_verified", "true"))).isTrue();
        assertThat(ClaimMapping.emailVerified(Map.of("email_verified", false))).isFalse();
        assertThat(ClaimMapping.emailVerified(Map.of("email_verified", "false"))).isFalse();
        assertThat(ClaimMapping.emailVerified(Map.of("email_verified", "yes"))).isFalse();
        assertThat(ClaimMapping.emailVerified(Map.of())).isFalse();
    }

    @Test
    void startUpWarnings_nameTheUntrustedRegistration_andThePropertyToSet() {
        var properties = new SignInProperties(null, null, null, null,
                Map.of("funder", trusting(Set.of(Role.QUALITY_MANAGER), List.of()), "typo", trusting(Set.of(), List.of())));

        assertThat(properties.trustWarnings(List.of("partners", "funder"))).satisfiesExactly(
                warning -> assertThat(warning).contains("'partners'",
                        "portal.oidc.registrations.partners.trusted-roles",
                        "portal.oidc.registrations.partners.trusted-organisations"),
                warning -> assertThat(warning).contains("portal.oidc.registrations.typo.*", "no OIDC registration"));
    }

    @Test
    void trustBindsFromEnvironmentVariables_asDockerComposeSetsThem() {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "PORTAL_OIDC_REGISTRATIONS_KEYCLOAK_TRUSTED_ROLES", "PROVIDER_USER,QUALITY_MANAGER",
                "PORTAL_OIDC_REGISTRATIONS_KEYCLOAK_TRUSTED_ORGANISATIONS", "*",
                "PORTAL_OIDC_REGISTRATIONS_KEYCLOAK_LINK_BY_EMAIL", "true")));
        var properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("portal.oidc", SignInProperties.class).get();
        var mapping = properties.mappingFor("keycloak");

        assertThat(mapping.trustedRoles()).containsExactlyInAnyOrder(Role.PROVIDER_USER, Role.QUALITY_MANAGER);
        assertThat(mapping.trustsOrganisation("NCA")).isTrue();
        assertThat(mapping.linkByEmail()).isTrue();
    }
}

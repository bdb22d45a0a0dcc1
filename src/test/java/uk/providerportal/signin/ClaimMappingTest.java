package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.providerportal.security.Role;

class ClaimMappingTest {

    @Test
    void defaults_readAnOrganisationCodeAndRoleNames() {
        var mapping = new SignInProperties(null, null, null, null, null).mappingFor("any");
        Map<String, Object> claims = Map.of("organisation", "NCA", "roles", List.of("provider_user", "offline_access"));

        assertThat(mapping.organisationCode(claims)).isEqualTo("NCA");
        assertThat(mapping.roles(claims)).containsExactly(Role.PROVIDER_USER);
    }

    @Test
    void keycloakGroupPaths_andNestedRealmRoles_perRegistration() {
        var keycloak = new SignInProperties.Registration("groups", "^/providers/([^/]+)$", "realm_access.roles",
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
        var mapping = new SignInProperties(null, null, null, null, null).mappingFor("any");
        assertThat(mapping.roles(Map.of())).isNull();
        assertThat(mapping.roles(Map.of("roles", List.of()))).isEmpty();
    }
}

package uk.providerportal.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.providerportal.security.Role;

class PortalOidcUserServiceTest {

    @Test
    void rolesClaim_mapsKnownNamesCaseInsensitivelyAndIgnoresOthers() {
        assertThat(PortalOidcUserService.roles(List.of("provider_user", "QUALITY-MANAGER", "offline_access")))
                .containsExactlyInAnyOrder(Role.PROVIDER_USER, Role.QUALITY_MANAGER);
    }

    @Test
    void missingRolesClaim_leavesThePortalsOwnRolesAlone() {
        assertThat(PortalOidcUserService.roles(null)).isNull();
        assertThat(PortalOidcUserService.roles("ADMIN")).isNull();
    }
}

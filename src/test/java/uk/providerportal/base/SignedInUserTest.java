package uk.providerportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    @Test
    void headerText_namesTheOrganisation_theFunder_orThatAccessIsPending() {
        assertThat(new SignedInUser("Priya Shah", "Northgate Community Advice", List.of("Provider user"))
                .employerText()).isEqualTo("Northgate Community Advice");
        assertThat(new SignedInUser("Helen Carter", null, List.of("Quality manager")).employerText())
                .isEqualTo("Funder quality team");
        var pending = new SignedInUser("Nadia Newcomer", null, List.of());
        assertThat(pending.employerText()).isEqualTo("Access pending");
        assertThat(pending.rolesText()).isEqualTo("No role yet");
    }
}

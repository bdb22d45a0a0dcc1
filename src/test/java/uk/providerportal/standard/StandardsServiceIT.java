package uk.providerportal.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.providerportal.PortalTest;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.signin.SignInAs;

/** Past assessments keep the standards they were made against. */
@PortalTest
class StandardsServiceIT {

    @Autowired StandardsService standards;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationContext context;
    SignInAs as;
    long employment;

    @BeforeEach
    void setUp() throws Exception {
        as = context.getAutowireCapableBeanFactory().createBean(SignInAs.class);
        employment = as.call("alex.reid", () -> organisations.programmes().stream()
                .filter(p -> p.code().equals("EMPLOY")).findFirst().orElseThrow().id());
    }

    @Test
    void debtAdviceCatalogue_isInCodeOrder_withCustomerImpactMarked() throws Exception {
        long debt = as.call("alex.reid", () -> organisations.programmes().stream()
                .filter(p -> p.code().equals("DEBT")).findFirst().orElseThrow().id());
        var catalogue = as.call("sam.patel", () -> standards.catalogue(debt, LocalDate.of(2024, 1, 1)));
        assertThat(catalogue).extracting(Standard::code)
                .containsExactly("1a", "1b", "1c", "1d", "1e", "1f", "2a", "2b", "2c");
        assertThat(catalogue.get(5).title()).isEqualTo("Correct advice");
        assertThat(catalogue.get(5).customerImpact()).isTrue();
        assertThat(catalogue.get(6).customerImpact()).isFalse();
    }

    @Test
    void newWordingFromADate_leavesEarlierAssessmentsWithTheOldOne_andRetiringHidesItAfterwards() throws Exception {
        LocalDate from = LocalDate.of(2030, 1, 1);
        as.call("alex.reid", () -> standards.save(employment, new Standard("1b", from, "Barriers to work addressed",
                "Each barrier has an action.", "Support quality", true, false, "")));
        as.call("alex.reid", () -> standards.save(employment, new Standard("10a", from, "In-work support offered",
                "Support continues after a job start.", "Support quality", false, false, "")));
        as.call("alex.reid", () -> standards.retire(employment, "2b", LocalDate.of(2030, 6, 1)));

        var before = as.call("helen.carter", () -> standards.catalogue(employment, from.minusDays(1)));
        var after = as.call("helen.carter", () -> standards.catalogue(employment, from));
        var later = as.call("helen.carter", () -> standards.catalogue(employment, LocalDate.of(2030, 6, 1)));

        assertThat(before).filteredOn(s -> s.code().equals("1b")).singleElement()
                .extracting(Standard::title).isEqualTo("Barriers identified");
        assertThat(after).filteredOn(s -> s.code().equals("1b")).singleElement()
                .extracting(Standard::title).isEqualTo("Barriers to work addressed");
        assertThat(after).extracting(Standard::code).containsExactly("1a", "1b", "2a", "2b", "10a");
        assertThat(later).extracting(Standard::code).containsExactly("1a", "1b", "2a", "10a");
        assertThat(as.call("helen.carter", () -> standards.history(employment, "1b"))).hasSize(2);
    }

    @Test
    void badCode_isRefusedNamingTheField() {
        assertThatThrownBy(() -> as.call("alex.reid", () -> standards.save(employment, new Standard("A-1",
                LocalDate.of(2030, 1, 1), "X", "", "Records", false, false, ""))))
                .isInstanceOf(StandardChangeRefused.class)
                .satisfies(e -> assertThat(((StandardChangeRefused) e).field()).isEqualTo("code"));
    }
}

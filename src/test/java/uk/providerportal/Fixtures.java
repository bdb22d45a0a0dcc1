package uk.providerportal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.providerportal.organisation.Nation;
import uk.providerportal.organisation.OrganisationService;
import uk.providerportal.security.Role;
import uk.providerportal.signin.SignInAs;
import uk.providerportal.sla.SlaService;
import uk.providerportal.user.SignInClaims;
import uk.providerportal.user.UserService;

/**
 * Makes what a test needs, new and its own: a delivery partner with its provider user, assessors, agreed volumes.
 * Tests never share an organisation or a month by unwritten rule, so any test can use any month. People sign in
 * through their own test issuer, so {@link SignInAs} can act as them while the demo page lists only the demo world.
 */
public class Fixtures {

    /** Programme codes the demo data seeds with rules, standards and calendars. */
    public static final String DEBT_ADVICE = "DEBT";
    public static final String EMPLOYMENT = "EMPLOY";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String ADMIN = "alex.reid";

    private final OrganisationService organisations;
    private final UserService users;
    private final SlaService sla;
    private final SignInAs signInAs;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<MutableClock> clock;

    public Fixtures(OrganisationService organisations, UserService users, SlaService sla, SignInAs signInAs,
                    JdbcTemplate jdbc, ObjectProvider<MutableClock> clock) {
        this.organisations = organisations;
        this.users = users;
        this.sla = sla;
        this.signInAs = signInAs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A delivery partner made for one test, and the demo subject of its provider user. */
    public record Partner(long id, String code, String name, Nation nation, String provider) {
    }

    /** A new debt-advice partner in England and Wales with one provider user. */
    public Partner partner() {
        return partner(DEBT_ADVICE, Nation.ENGLAND_AND_WALES);
    }

    public Partner partner(String programmeCode, Nation nation) {
        int n = NEXT.incrementAndGet();
        String code = "FX" + n;
        String name = "Fixture Partner " + n;
        long id = asAdmin(() -> organisations.ensureOrganisation(code, name, nation, programmeCode).id());
        String provider = "fixture.provider." + n;
        person(provider, "Provider " + n, provider + "@fixture-" + n + ".example", id, Role.PROVIDER_USER);
        return new Partner(id, code, name, nation, provider);
    }

    /** Another provider user of the same partner; returns their demo subject. */
    public String colleague(Partner partner) {
        int n = NEXT.incrementAndGet();
        String subject = "fixture.colleague." + n;
        person(subject, "Colleague " + n, subject + "@" + partner.code().toLowerCase() + ".example", partner.id(),
                Role.PROVIDER_USER);
        return subject;
    }

    /** A new assessor on the funder's staff; returns their demo subject. */
    public String assessor() {
        return funderStaff(Role.ASSESSOR, "assessor");
    }

    public String funderStaff(Role role, String kind) {
        int n = NEXT.incrementAndGet();
        String subject = "fixture." + kind + "." + n;
        person(subject, "Fixture " + kind + " " + n, subject + "@funder.example", null, role);
        return subject;
    }

    /** Provisions a person the way a sign-in through a fully trusted identity provider would. */
    private void person(String subject, String name, String email, @Nullable Long organisationId, Role role) {
        users.signIn(new SignInClaims(SignInAs.FIXTURE_ISSUER, subject, name, email, true, organisationId,
                Set.of(role), SignInClaims.Trust.full()));
    }

    /** Agrees a monthly volume and weekly sample for the partner's month. */
    public void agree(Partner partner, YearMonth month, int monthly, int weekly) {
        asAdmin(() -> sla.ensureVolume(partner.id(), month, monthly, weekly, "test fixture"));
    }

    /** The portal user id of a demo subject. */
    public long userId(String subject) {
        return jdbc.queryForObject("select user_id from portal_user_identity where issuer in ('demo', ?)"
                + " and subject = ?", Long.class, SignInAs.FIXTURE_ISSUER, subject);
    }

    /** Pins "today" to 10:00 UTC on an ISO date, e.g. "2028-03-08"; reset the clock after the test. */
    public void today(String date) {
        clock.getObject().set(Instant.parse(date + "T10:00:00Z"));
    }

    private <T> T asAdmin(java.util.concurrent.Callable<T> work) {
        try {
            return signInAs.call(ADMIN, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

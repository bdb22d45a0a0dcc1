package uk.providerportal.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import uk.providerportal.base.AbstractEntity;
import uk.providerportal.security.Role;

/**
 * A person who signs in. The organisation is referenced by id, not by association, so the user and organisation
 * features stay independent; it is empty for the funder's own staff.
 */
@Entity
@Table(name = "portal_user")
public class PortalUser extends AbstractEntity {

    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 320)
    @Column(nullable = false, length = 320)
    private String email;

    /**
     * Set on a record created when someone signed in through another identity provider with the email of this
     * existing user, and was not linked to them: they wait for an admin to link or refuse them.
     */
    @Column(name = "claims_email_of_user_id")
    private @Nullable Long claimsEmailOf;

    /** Changes whenever anything that decides access changes; open sessions carry the value they started with. */
    @Column(name = "access_version", nullable = false)
    private long accessVersion = 1;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_user_identity", joinColumns = @JoinColumn(name = "user_id"))
    private Set<ExternalIdentity> identities = new java.util.HashSet<>();

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "portal_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 32)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "access_status", nullable = false, length = 16)
    private AccessStatus accessStatus = AccessStatus.APPROVED;

    @Column(name = "access_decided_at")
    private @Nullable Instant accessDecidedAt;

    @Size(max = 200)
    @Column(name = "access_decided_by", length = 200)
    private @Nullable String accessDecidedBy;

    protected PortalUser() {
        this.name = "";
        this.email = "";
    }

    public PortalUser(String name, String email, @Nullable Long organisationId, Set<Role> roles) {
        this.name = name;
        this.email = normaliseEmail(email);
        this.organisationId = organisationId;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static String normaliseEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public Set<ExternalIdentity> getIdentities() {
        return Set.copyOf(identities);
    }

    boolean hasIdentityFrom(String issuer) {
        return identities.stream().anyMatch(identity -> identity.issuer().equals(issuer));
    }

    java.util.Optional<String> subjectAt(String issuer) {
        return identities.stream().filter(identity -> identity.issuer().equals(issuer))
                .map(ExternalIdentity::subject).findFirst();
    }

    void linkIdentity(String issuer, String subject) {
        identities.add(new ExternalIdentity(issuer, subject));
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        if (!java.util.Objects.equals(this.organisationId, organisationId)) {
            this.organisationId = organisationId;
            accessChanged();
        }
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        if (!this.roles.equals(roles)) {
            this.roles.clear();
            this.roles.addAll(roles);
            accessChanged();
        }
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            accessChanged();
        }
    }

    public @Nullable Instant getLastSignInAt() {
        return lastSignInAt;
    }

    void signedInAt(Instant when) {
        this.lastSignInAt = when;
    }

    public AccessStatus getAccessStatus() {
        return accessStatus;
    }

    public @Nullable Instant getAccessDecidedAt() {
        return accessDecidedAt;
    }

    public @Nullable String getAccessDecidedBy() {
        return accessDecidedBy;
    }

    void decideAccess(AccessStatus status, Instant when, String by) {
        if (this.accessStatus != status) {
            accessChanged();
        }
        this.accessStatus = status;
        this.accessDecidedAt = when;
        this.accessDecidedBy = by;
    }

    public @Nullable Long getClaimsEmailOf() {
        return claimsEmailOf;
    }

    void claimEmailOf(long ownerId) {
        this.claimsEmailOf = ownerId;
    }

    public long getAccessVersion() {
        return accessVersion;
    }

    private void accessChanged() {
        accessVersion++;
    }

    /** A user can work only with a role, and a provider user only with an organisation. */
    static boolean hasResolvedAccess(Set<Role> roles, @Nullable Long organisationId) {
        if (roles.isEmpty()) {
            return false;
        }
        return !roles.contains(Role.PROVIDER_USER) || organisationId != null;
    }
}

package uk.providerportal.user;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.security.Role;

interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    @Query("select u from PortalUser u join u.identities i where i.issuer = :issuer and i.subject = :subject")
    Optional<PortalUser> findByIdentity(String issuer, String subject);

    /** The one record that owns this email (records that merely claim it are not owners). */
    @Query("select u from PortalUser u where u.email = :email and u.claimsEmailOf is null")
    Optional<PortalUser> findOwnerOfEmail(String email);

    @Query("select new uk.providerportal.user.CurrentAccess(u.accessVersion, u.active, u.accessStatus, u.organisationId)"
            + " from PortalUser u where u.id = :id")
    Optional<CurrentAccess> findCurrentAccess(long id);

    /** The version moves too, so a concurrent edit of one of these users fails instead of undoing the change. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update PortalUser u set u.accessVersion = u.accessVersion + 1, u.version = u.version + 1"
            + " where u.organisationId = :organisationId")
    int accessChangedForOrganisation(long organisationId);

    @Query("select u from PortalUser u join u.identities i where i.issuer = :issuer and u.active = true order by u.name")
    List<PortalUser> findActiveWithIdentityFrom(String issuer);

    String MATCHES = """
            where (:text = '' or lower(u.name) like lower(concat('%', :text, '%'))
                              or lower(u.email) like lower(concat('%', :text, '%')))
              and (:organisationId is null or u.organisationId = :organisationId)
              and (:role is null or :role member of u.roles)
              and (:status is null or u.accessStatus = :status)
            """;

    @Query("select u from PortalUser u " + MATCHES)
    List<PortalUser> search(String text, @Nullable Long organisationId, @Nullable Role role,
                           @Nullable AccessStatus status, Pageable pageable);

    @Query("select count(u) from PortalUser u " + MATCHES)
    long countMatching(String text, @Nullable Long organisationId, @Nullable Role role,
                       @Nullable AccessStatus status);
}

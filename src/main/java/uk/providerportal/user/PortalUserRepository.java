package uk.providerportal.user;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortalUserRepository extends JpaRepository<PortalUser, Long> {

    Optional<PortalUser> findByExternalIssuerAndExternalSubject(String issuer, String subject);

    Optional<PortalUser> findByEmail(String email);

    List<PortalUser> findByExternalIssuerAndActiveTrueOrderByName(String issuer);
}

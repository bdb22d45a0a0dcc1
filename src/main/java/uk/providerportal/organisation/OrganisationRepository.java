package uk.providerportal.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    String MATCHES_FILTER = """
            where :filter = ''
               or lower(o.name) like lower(concat('%', :filter, '%'))
               or lower(o.code) like lower(concat('%', :filter, '%'))
               or lower(o.programme.name) like lower(concat('%', :filter, '%'))
            """;

    @EntityGraph(attributePaths = "programme")
    @Query("select o from Organisation o " + MATCHES_FILTER)
    List<Organisation> search(String filter, Pageable pageable);

    @Query("select count(o) from Organisation o " + MATCHES_FILTER)
    long countMatching(String filter);

    @Query("select count(o) from Organisation o where o.active = true")
    long countActive();
}

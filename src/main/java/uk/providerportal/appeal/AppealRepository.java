package uk.providerportal.appeal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByOrganisationIdAndRoundMonth(long organisationId, LocalDate roundMonth);

    List<Appeal> findByOrganisationIdOrderByRoundMonthDesc(long organisationId);

    List<Appeal> findByStatusInOrderByDecisionDueAscLodgedAtAsc(Collection<AppealStatus> statuses);
}

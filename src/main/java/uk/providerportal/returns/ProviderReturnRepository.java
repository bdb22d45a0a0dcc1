package uk.providerportal.returns;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderReturnRepository extends JpaRepository<ProviderReturn, Long> {

    List<ProviderReturn> findByOrganisationIdAndTypeAndPeriodMonthOrderByReturnVersion(long organisationId,
                                                                                      ReturnType type,
                                                                                      LocalDate periodMonth);

    List<ProviderReturn> findByOrganisationIdAndPeriodMonthGreaterThanEqual(long organisationId, LocalDate from);

    List<ProviderReturn> findByPeriodMonthGreaterThanEqual(LocalDate from);
}

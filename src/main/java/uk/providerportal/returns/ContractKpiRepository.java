package uk.providerportal.returns;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractKpiRepository extends JpaRepository<ContractKpi, Long> {

    List<ContractKpi> findByProgrammeIdOrderByCodeAscEffectiveFromAsc(long programmeId);
}

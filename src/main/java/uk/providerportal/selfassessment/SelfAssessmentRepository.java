package uk.providerportal.selfassessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    Optional<SelfAssessment> findByCaseSampleId(long caseSampleId);

    List<SelfAssessment> findByCaseSampleIdIn(Collection<Long> caseSampleIds);
}

package uk.providerportal.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByCaseSampleId(long caseSampleId);

    /** The scorecards of a page of cases, without their outcomes (the counts are columns). */
    List<Assessment> findByCaseSampleIdIn(Collection<Long> caseSampleIds);
}

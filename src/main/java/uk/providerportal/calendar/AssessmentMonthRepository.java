package uk.providerportal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentMonthRepository extends JpaRepository<AssessmentMonth, Long> {

    @Query("select m from AssessmentMonth m where m.monthStart = :monthStart")
    Optional<AssessmentMonth> find(LocalDate monthStart);

    @Query("select m from AssessmentMonth m where m.monthStart between :from and :to")
    List<AssessmentMonth> between(LocalDate from, LocalDate to);
}

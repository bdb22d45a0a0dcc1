package uk.providerportal.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.providerportal.organisation.Nation;

interface CalendarExceptionRepository extends JpaRepository<CalendarException, Long> {

    List<CalendarException> findByNation(Nation nation);

    Optional<CalendarException> findByNationAndDate(Nation nation, java.time.LocalDate date);
}

package uk.providerportal.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.providerportal.organisation.Nation;

interface CalendarExceptionRepository extends JpaRepository<CalendarException, Long> {

    List<CalendarException> findByNationAndDateBetween(Nation nation, java.time.LocalDate from, java.time.LocalDate to);

    Optional<CalendarException> findByNationAndDate(Nation nation, java.time.LocalDate date);
}

package uk.providerportal.audit;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Append-only by construction: it can save and read, and offers no update or delete. */
interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findTop50ByOrderByIdDesc();

    @org.springframework.data.jpa.repository.Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> findDistinctActions();

    default Stream<AuditEvent> stream(Specification<AuditEvent> specification) {
        return findBy(specification, query -> query.sortBy(org.springframework.data.domain.Sort.by("id"))
                .stream());
    }
}

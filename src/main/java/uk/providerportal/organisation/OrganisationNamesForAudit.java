package uk.providerportal.organisation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.providerportal.audit.OrganisationNames;

@Component
class OrganisationNamesForAudit implements OrganisationNames {

    private final OrganisationRepository organisations;

    OrganisationNamesForAudit(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> all() {
        Map<Long, String> names = new LinkedHashMap<>();
        organisations.findAll().stream().sorted(Comparator.comparing(Organisation::getName))
                .forEach(organisation -> names.put(Objects.requireNonNull(organisation.getId()), organisation.getName()));
        return names;
    }
}

package uk.providerportal.policy;

interface KpiPolicyRepository extends EffectiveDatedRepository<KpiPolicyVersion> {
}

package uk.providerportal.policy;

interface AppealPolicyRepository extends EffectiveDatedRepository<AppealPolicyVersion> {
}

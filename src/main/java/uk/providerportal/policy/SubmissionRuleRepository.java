package uk.providerportal.policy;

interface SubmissionRuleRepository extends EffectiveDatedRepository<SubmissionRuleVersion> {
}

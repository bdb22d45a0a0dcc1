package uk.providerportal.cases;

/**
 * Lets another feature open a case's record (the case, its files) to a person it asked to work on that case without
 * assigning it to them, e.g. an assessor invited to score it blind in a calibration exercise. Such a grant reaches the
 * record only ({@link CasesService#caseRecord}, {@link CasesService#openFile}), never the case's assessment, and never
 * overrides a declared conflict of interest. The feature implements this, so the case feature asks without depending
 * on it.
 */
public interface CaseRecordGrants {

    boolean grants(long userId, long caseId);
}

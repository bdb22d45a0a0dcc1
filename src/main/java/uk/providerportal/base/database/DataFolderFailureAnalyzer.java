package uk.providerportal.base.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused data folder ends the start with Spring Boot's short "APPLICATION FAILED TO START" report (what is wrong,
 * what to do) instead of a message buried in a long stack trace.
 */
class DataFolderFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderCheck.DataFolderRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderCheck.DataFolderRefused cause) {
        return new FailureAnalysis(cause.description, cause.action, cause);
    }
}

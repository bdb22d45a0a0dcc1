package uk.providerportal.triage;

import java.util.List;

/** What an assignment did: all the chosen cases assigned, or none of them and why not. */
public record AssignmentResult(int assigned, int reassigned, List<String> problems, String message) {

    public boolean done() {
        return problems.isEmpty();
    }
}

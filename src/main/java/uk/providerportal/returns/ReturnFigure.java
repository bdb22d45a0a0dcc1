package uk.providerportal.returns;

/** One figure a return asks for: its key (stored, and the template's code column) and its label. */
public record ReturnFigure(String key, String label) {
}

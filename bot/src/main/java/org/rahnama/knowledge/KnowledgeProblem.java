package org.rahnama.knowledge;

/**
 * Something wrong in a knowledge-base file, located for the maintainer who has to fix it.
 *
 * @param error true for an error (the entry is not served in this version), false for a warning
 */
public record KnowledgeProblem(String file, int line, String message, boolean error) {

    static KnowledgeProblem error(String file, int line, String message) {
        return new KnowledgeProblem(file, line, message, true);
    }

    static KnowledgeProblem warning(String file, int line, String message) {
        return new KnowledgeProblem(file, line, message, false);
    }

    @Override
    public String toString() {
        return (error ? "ERROR " : "warning ") + file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}

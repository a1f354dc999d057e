package org.rahnama.intent;

/** An intent id with the classifier's probability. */
public record ScoredIntent(String intent, double confidence) {
}

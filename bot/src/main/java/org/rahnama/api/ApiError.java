package org.rahnama.api;

/** The body of every 4xx answer: what was wrong, in a sentence a developer can act on. */
record ApiError(String error) {
}

package org.rahnama.api;

/**
 * The body of {@code POST /api/ask}.
 *
 * @param text     the question
 * @param lang     preferred language code, optional
 * @param postcode the person's postcode, optional
 * @param user     an opaque id the caller keeps for one person, so the bot remembers language and place; optional
 */
record AskRequest(String text, String lang, String postcode, String user) {
}

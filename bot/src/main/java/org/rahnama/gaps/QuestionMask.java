package org.rahnama.gaps;

import java.util.regex.Pattern;

/**
 * Hides what identifies a person in a question kept for the editors: e-mail addresses, phone numbers and long runs
 * of digits (file numbers: AGDREF, OFPRA, CAF, social security). Digits of every script count (Arabic-Indic and
 * Persian digits too), and the separators people type inside numbers (spaces, dots, dashes) do not break a run.
 */
final class QuestionMask {

    static final String EMAIL = "[e-mail]";
    static final String PHONE = "[phone]";
    static final String NUMBER = "[number]";

    private static final Pattern EMAILS = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /** +33 6 12 34 56 78, 06.12.34.56.78, 0033612345678, +249 912 345 678. */
    private static final Pattern PHONES = Pattern.compile(
            "(?:\\+|00)\\d(?:[\\s.\\-/]?\\d){7,14}|\\b0\\d(?:[\\s.\\-]?\\d\\d){4}\\b", Pattern.UNICODE_CHARACTER_CLASS);
    /** Six digits or more, perhaps with separators: long enough for a file number, short enough to keep a postcode. */
    private static final Pattern DIGIT_RUNS = Pattern.compile("\\d(?:[\\s.\\-/]?\\d){5,}", Pattern.UNICODE_CHARACTER_CLASS);

    private QuestionMask() {
    }

    static String mask(String text) {
        String masked = EMAILS.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(EMAIL));
        masked = PHONES.matcher(masked).replaceAll(java.util.regex.Matcher.quoteReplacement(PHONE));
        return DIGIT_RUNS.matcher(masked).replaceAll(java.util.regex.Matcher.quoteReplacement(NUMBER));
    }
}

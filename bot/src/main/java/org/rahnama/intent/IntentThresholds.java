package org.rahnama.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.rahnama.data.DataFolder;
import org.rahnama.language.Language;

/**
 * The confidence, per language, from which the bot answers with an entry instead of saying it does not know:
 * {@code nlp-models/intents/thresholds.tsv} ({@code lang<TAB>threshold}), written by {@code intent-cv}. A language the
 * file does not name keeps {@link #DEFAULT}.
 */
final class IntentThresholds {

    static final String FILE = "intents/thresholds.tsv";
    static final double DEFAULT = 0.45;

    private final Map<Language, Double> byLanguage;

    private IntentThresholds(Map<Language, Double> byLanguage) {
        this.byLanguage = byLanguage;
    }

    static IntentThresholds read(DataFolder nlpModels) {
        Map<Language, Double> values = new EnumMap<>(Language.class);
        if (!nlpModels.exists(FILE)) {
            return new IntentThresholds(values);
        }
        try {
            int number = 0;
            for (String line : nlpModels.read(FILE).split("\n")) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] columns = trimmed.split("\t");
                Language language = columns.length == 2 ? Language.fromCode(columns[0]).orElse(null) : null;
                double value = columns.length == 2 ? parse(columns[1]) : Double.NaN;
                if (language == null || !(value > 0 && value < 1)) {
                    throw new IllegalStateException(nlpModels.describe(FILE) + " line " + number
                            + ": expected 'lang<TAB>threshold' with a threshold between 0 and 1, found '" + trimmed + "'");
                }
                values.put(language, value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IntentThresholds(values);
    }

    double of(Language language) {
        return byLanguage.getOrDefault(language, DEFAULT);
    }

    static String format(Map<Language, Double> values, String origin) {
        StringBuilder text = new StringBuilder("# Confidence from which the bot answers with an entry, " + origin + ".\n");
        values.forEach((language, value) -> text.append(language.code()).append('\t').append(value).append('\n'));
        return text.toString();
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

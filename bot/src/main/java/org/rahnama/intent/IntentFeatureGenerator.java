package org.rahnama.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.rahnama.language.CharacterGrams;

/**
 * Features of a message for the intent model. The input holds analysed terms (stems) and, prefixed with
 * {@link IntentTokens#RAW}, the folded surface words: terms give "w=" and bigram features, surface words give
 * character 3–5-grams, which survive typos, Pashto morphology (no stemmer exists) and romanized spellings.
 * Public with a no-argument constructor because OpenNLP re-creates it by name when a model is loaded.
 */
public class IntentFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        String previous = null;
        for (String token : tokens) {
            if (token.startsWith(IntentTokens.RAW)) {
                CharacterGrams.addTo(features, token.substring(IntentTokens.RAW.length()));
                continue;
            }
            features.add("w=" + token);
            if (previous != null) {
                features.add("b=" + previous + "_" + token);
            }
            previous = token;
        }
        return features;
    }
}

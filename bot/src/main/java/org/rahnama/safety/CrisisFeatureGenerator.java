package org.rahnama.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.rahnama.language.CharacterGrams;

/**
 * Features of a message for the crisis model: folded words, word pairs (which carry negations such as "not
 * suicidal" and idioms such as "died laughing") and character 3–5-grams (typos, Pashto and Tigrinya morphology,
 * romanized spellings). Language-independent on purpose: the safety check must not depend on the language
 * detector being right. Public with a no-argument constructor because OpenNLP re-creates it by name.
 */
public class CrisisFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        String previous = "<s>";
        for (String word : words) {
            features.add("w=" + word);
            features.add("b=" + previous + "_" + word);
            previous = word;
            CharacterGrams.addTo(features, word);
        }
        return features;
    }
}

package org.rahnama.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;
import org.rahnama.language.CharacterGrams;

/**
 * Features of a message for the crisis model:
 * <ul>
 * <li>a constant feature that carries how rare crises are. Without it, a message of words the model never saw
 * scores an even split between the six labels, five chances in six of "some crisis", and a greeting in a
 * dialect the data lacks gets the helplines;</li>
 * <li>folded words, and word pairs, which carry negations such as "not suicidal" and idioms such as "died
 * laughing";</li>
 * <li>character 3–5-grams: typos, Pashto and Tigrinya morphology, romanized spellings.</li>
 * </ul>
 * Language-independent on purpose: the safety check must not depend on the language detector being right.
 * Public with a no-argument constructor because OpenNLP re-creates it by name.
 */
public class CrisisFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
        List<String> features = new ArrayList<>();
        features.add("prior");
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

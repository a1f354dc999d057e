package org.rahnama.language;

import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;

/** Plugs {@link ShortTextContextGenerator} into OpenNLP; named in the model so loading restores it. */
public class ShortTextLanguageDetectorFactory extends LanguageDetectorFactory {

    @Override
    public LanguageDetectorContextGenerator getContextGenerator() {
        return new ShortTextContextGenerator();
    }
}

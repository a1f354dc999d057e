package org.rahnama.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fa.PersianNormalizationFilter;
import org.apache.lucene.analysis.fa.PersianStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The Lucene analysis chain of each language, shared by the intent classifier and the knowledge-base index so
 * that a word is reduced the same way when it is learnt, indexed and searched. Text is {@link TextNormalizer#fold
 * folded} first, so Arabic/Persian keyboard variants meet.
 */
public final class LanguageAnalyzers {

    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ANALYZERS.put(language, create(language));
        }
    }

    private LanguageAnalyzers() {
    }

    /** The analyzer for a language; thread-safe, shared. */
    public static Analyzer of(Language language) {
        return ANALYZERS.get(language);
    }

    /** The analyzed terms of a text (folded first). */
    public static List<String> terms(Language language, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = of(language).tokenStream("t", TextNormalizer.fold(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer create(Language language) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = language == Language.TI ? new ICUTokenizer() : new StandardTokenizer();
                TokenStream chain = new LowerCaseFilter(source);
                chain = switch (language) {
                    case AR -> new ArabicStemFilter(new ArabicNormalizationFilter(chain));
                    case PRS -> new PersianStemFilter(new PersianNormalizationFilter(new ArabicNormalizationFilter(chain)));
                    // No Pashto stemmer exists; the classifier's character n-grams carry the morphology instead.
                    case PS -> new ArabicNormalizationFilter(chain);
                    case TI -> new ICUFoldingFilter(chain);
                    case EN -> new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(chain),
                            EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
                    case FR -> new FrenchLightStemFilter(new StopFilter(
                            new ElisionFilter(chain, FrenchAnalyzer.DEFAULT_ARTICLES), FrenchAnalyzer.getDefaultStopSet()));
                };
                return new TokenStreamComponents(source, chain);
            }
        };
    }
}

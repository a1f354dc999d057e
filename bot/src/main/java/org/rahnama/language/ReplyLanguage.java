package org.rahnama.language;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one decision, per message, of the language to answer in. The detector's guess is kept for what the bot
 * reports; the reply follows the script before anything else: an Arabic-script message is never answered in English
 * or French, an Ethiopic one always in Tigrinya, and a few words typed in Latin letters ("thanks", "ok merci") do not
 * take a conversation away from the language the person chose.
 */
@Component
public class ReplyLanguage {

    /** Up to this many words, a message in a script the person's language can be typed in keeps that language. */
    static final int SHORT_WORDS = 3;
    private static final Set<Language> ARABIC_SCRIPT = EnumSet.of(Language.AR, Language.PS, Language.PRS);

    private final LanguageDetector detector;

    public ReplyLanguage(LanguageDetector detector) {
        this.detector = detector;
    }

    /**
     * @param reply    the language to answer in, or null when nothing tells it (a first "ok": the bot then asks)
     * @param detected what the detector read in the message ({@link LanguageGuess#unknown()} when it cannot tell)
     */
    public record Choice(Language reply, LanguageGuess detected) {

        /** No text to read (a button, a location): the person's language, else the channel's hint. */
        public static Choice of(Language session, Language hint) {
            return new Choice(session != null ? session : hint, LanguageGuess.unknown());
        }

        /** The language an answer is written in when nothing is known: English, the bot's widest second language. */
        public Language replyOrDefault() {
            return reply != null ? reply : Language.EN;
        }
    }

    public Choice decide(String text, Language session, Language hint) {
        Language prior = session != null ? session : hint;
        String cleaned = TextNormalizer.clean(text);
        ScriptProfile script = ScriptProfile.of(cleaned);
        LanguageGuess guess = detector.detect(text, prior);
        if (script.ethiopic() > 0 && script.ethiopic() >= script.arabic()) {
            return new Choice(Language.TI, guess.known() ? guess : new LanguageGuess(Language.TI, 0.5, false));
        }
        if (script.arabic() > 0 && script.arabic() * 6 >= script.letters()) {
            if (guess.known() && ARABIC_SCRIPT.contains(guess.language())) {
                return new Choice(guess.language(), guess);
            }
            // Too few letters to tell Arabic, Dari and Pashto apart ("في 11", "تا ۴", "سلام علیکم"): the person's own
            // language if it is written this way; nothing yet (the bot asks) on a first message; else what the letters allow.
            Language reply = prior == null ? null : ARABIC_SCRIPT.contains(prior) ? prior : byLetters(script);
            return new Choice(reply, LanguageGuess.unknown());
        }
        boolean shortMessage = cleaned.isBlank() || cleaned.strip().split("\\s+").length <= SHORT_WORDS;
        if (session != null && shortMessage && script.latin() >= script.letters() - script.latin()) {
            // People write "thanks", "ok", "merci" in Latin letters whatever their language.
            return new Choice(session, guess);
        }
        return new Choice(guess.known() ? guess.language() : prior, guess);
    }

    private static Language byLetters(ScriptProfile script) {
        return script.pashtoOnly() > 0 ? Language.PS : script.notArabic() > 0 ? Language.PRS : Language.AR;
    }
}

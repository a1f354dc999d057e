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
     * @param script   what to write in when something must be said before the person picks a language (helplines
     *                 for a first message in crisis): a language of the message's script, English for Latin letters
     */
    public record Choice(Language reply, LanguageGuess detected, Language script) {

        /** No text to read (a button, a location): the person's language, else the channel's hint. */
        public static Choice of(Language session, Language hint) {
            return new Choice(session != null ? session : hint, LanguageGuess.unknown(), Language.EN);
        }

        /** The language to write in: the reply's, else one the message's script can read. */
        public Language replyOrDefault() {
            return reply != null ? reply : script;
        }
    }

    public Choice decide(String text, Language session, Language hint) {
        Language prior = session != null ? session : hint;
        String cleaned = TextNormalizer.clean(text);
        ScriptProfile script = ScriptProfile.of(cleaned);
        LanguageGuess guess = detector.detect(cleaned, script, prior);
        if (script.ethiopic() > 0 && script.ethiopic() >= script.arabic()) {
            return new Choice(Language.TI, guess.known() ? guess : new LanguageGuess(Language.TI, 0.5, false), Language.TI);
        }
        if (script.arabic() > 0 && script.arabic() * 6 >= script.letters()) {
            if (guess.known() && ARABIC_SCRIPT.contains(guess.language())) {
                return new Choice(guess.language(), guess, guess.language());
            }
            // Too few letters to tell Arabic, Dari and Pashto apart ("في 11", "تا ۴", "سلام علیکم"): the person's own
            // language if it is written this way; nothing yet (the bot asks) on a first message; else what the letters allow.
            Language reply = prior == null ? null : ARABIC_SCRIPT.contains(prior) ? prior : byLetters(script);
            return new Choice(reply, LanguageGuess.unknown(), reply != null ? reply : byLetters(script));
        }
        boolean shortMessage = cleaned.isBlank() || cleaned.strip().split("\\s+").length <= SHORT_WORDS;
        if (session != null && shortMessage && script.latin() >= script.letters() - script.latin()) {
            // People write "thanks", "ok", "merci" in Latin letters whatever their language.
            return new Choice(session, guess, session);
        }
        Language reply = guess.known() ? guess.language() : prior;
        return new Choice(reply, guess, reply != null ? reply : Language.EN);
    }

    private static Language byLetters(ScriptProfile script) {
        return script.pashtoOnly() > 0 ? Language.PS : script.notArabic() > 0 ? Language.PRS : Language.AR;
    }
}

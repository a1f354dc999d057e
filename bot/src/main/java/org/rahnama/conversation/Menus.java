package org.rahnama.conversation;

import java.util.ArrayList;
import java.util.List;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.stereotype.Component;

/** The button sets the bot offers, labelled in the person's language. */
@Component
class Menus {

    private final Translations translations;
    private final Themes themes;

    Menus(Translations translations, Themes themes) {
        this.translations = translations;
        this.themes = themes;
    }

    List<Button> languages() {
        List<Button> buttons = new ArrayList<>();
        for (Language language : Language.values()) {
            buttons.add(new Button(language.nativeName(), Actions.of(Actions.LANGUAGE, language.code())));
        }
        return buttons;
    }

    List<Button> themes(Language language) {
        List<Button> buttons = new ArrayList<>();
        for (String theme : themes.ids()) {
            buttons.add(new Button(translations.get(language, "theme." + theme), Actions.of(Actions.THEME, theme)));
        }
        return buttons;
    }

    List<Button> intents(Language language, List<String> intents) {
        List<Button> buttons = new ArrayList<>();
        for (String intent : intents) {
            buttons.add(intent(language, intent));
        }
        return buttons;
    }

    Button intent(Language language, String intent) {
        return new Button(translations.get(language, "intent." + intent), Actions.of(Actions.INTENT, intent));
    }

    /** What ends every answer: contacts, another question, change language, a real person. */
    List<Button> afterAnswer(Language language, String moreEntry) {
        List<Button> buttons = new ArrayList<>();
        if (moreEntry != null) {
            buttons.add(new Button(translations.get(language, "button.more"), Actions.of(Actions.MORE, moreEntry)));
        }
        buttons.add(new Button(translations.get(language, "button.contacts"), Actions.CONTACTS));
        buttons.add(new Button(translations.get(language, "button.new-question"), Actions.NEW_QUESTION));
        buttons.add(new Button(translations.get(language, "button.language"), Actions.PICK_LANGUAGE));
        buttons.add(new Button(translations.get(language, "button.human"), Actions.HUMAN));
        return buttons;
    }
}

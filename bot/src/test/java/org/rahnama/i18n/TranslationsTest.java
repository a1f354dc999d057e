package org.rahnama.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rahnama.data.DataFolders;
import org.rahnama.data.DataProperties;
import org.rahnama.language.Language;

class TranslationsTest {

    @Test
    void everyInterfaceString_existsInAllSixLanguages() {
        Translations shipped = new Translations(new DataFolders(new DataProperties("knowledge-base", "nlp-models", "translations", null)));
        assertThat(shipped.missing()).isEmpty();
    }

    @Test
    void missingKey_fallsBackToEnglishThenFrench_andIsReported() {
        Map<Language, Map<String, String>> strings = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            strings.put(l, Map.of());
        }
        strings.put(Language.EN, Map.of("a", "in English"));
        strings.put(Language.FR, Map.of("a", "en français", "b", "seulement en français"));
        Translations translations = new Translations(strings);
        assertThat(translations.get(Language.PS, "a")).isEqualTo("in English");
        assertThat(translations.get(Language.PS, "b")).isEqualTo("seulement en français");
        assertThat(translations.missing()).contains("ps: a", "en: b").doesNotContain("fr: a");
    }

    @Test
    void placeholders_areFilled() {
        Map<Language, Map<String, String>> strings = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            strings.put(l, Map.of("x", "in {language}"));
        }
        assertThat(new Translations(strings).get(Language.TI, "x", Map.of("language", "Français"))).isEqualTo("in Français");
    }
}

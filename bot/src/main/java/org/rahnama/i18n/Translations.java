package org.rahnama.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rahnama.data.DataFolders;
import org.rahnama.language.Language;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/**
 * The interface strings of {@code translations/LANG.yaml}. A key missing in a language falls back to English,
 * then French; {@link #missing()} lists the gaps for the maintainers' check, so a user never sees a raw key.
 */
@Component
public class Translations {

    private final Map<Language, Map<String, String>> strings;

    @org.springframework.beans.factory.annotation.Autowired
    public Translations(DataFolders folders) {
        this(read(folders));
    }

    Translations(Map<Language, Map<String, String>> strings) {
        this.strings = strings;
    }

    private static Map<Language, Map<String, String>> read(DataFolders folders) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = language.code() + ".yaml";
            try {
                Map<String, String> flat = new LinkedHashMap<>();
                if (folders.translations().exists(file)) {
                    Object tree = new Yaml().load(folders.translations().read(file));
                    flatten("", tree, flat);
                }
                all.put(language, flat);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new IllegalStateException("translations/" + file + ": " + e.getMessage(), e);
            }
        }
        return all;
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node != null) {
            out.put(prefix, String.valueOf(node).strip());
        }
    }

    /** The string for a key in a language, or in English, then French. */
    public String get(Language language, String key) {
        for (Language candidate : List.of(language, Language.EN, Language.FR)) {
            String value = strings.get(candidate).get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalArgumentException("No translation in any language for '" + key + "'");
    }

    /** The string with {@code {name}} placeholders replaced. */
    public String get(Language language, String key, Map<String, ?> arguments) {
        String value = get(language, key);
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            value = value.replace("{" + argument.getKey() + "}", String.valueOf(argument.getValue()));
        }
        return value;
    }

    public boolean has(String key) {
        return strings.values().stream().anyMatch(m -> m.containsKey(key));
    }

    /** "lang: key" for every key that some language has and another lacks. */
    public List<String> missing() {
        TreeSet<String> keys = new TreeSet<>();
        strings.values().forEach(m -> keys.addAll(m.keySet()));
        List<String> gaps = new ArrayList<>();
        for (Language language : Language.values()) {
            for (String key : keys) {
                String value = strings.get(language).get(key);
                if (value == null || value.isBlank()) {
                    gaps.add(language.code() + ": " + key);
                }
            }
        }
        return gaps;
    }
}

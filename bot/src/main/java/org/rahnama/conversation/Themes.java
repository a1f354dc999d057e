package org.rahnama.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rahnama.data.DataFolders;
import org.rahnama.intent.IntentTaxonomy;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.Yaml;

/** The theme menu of {@code knowledge-base/themes.yaml}: a way in for people who cannot type their question. */
@Component
class Themes {

    private final Map<String, List<String>> intentsByTheme;

    Themes(DataFolders folders, IntentTaxonomy taxonomy) {
        Map<String, List<String>> themes = new LinkedHashMap<>();
        try {
            Map<?, ?> yaml = new Yaml().load(folders.knowledgeBase().read("themes.yaml"));
            yaml.forEach((theme, intents) -> {
                List<String> ids = ((List<?>) intents).stream().map(String::valueOf).toList();
                ids.stream().filter(id -> !taxonomy.exists(id)).findFirst().ifPresent(id -> {
                    throw new IllegalStateException("knowledge-base/themes.yaml: unknown intent '" + id + "' under " + theme);
                });
                themes.put(String.valueOf(theme), ids);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.intentsByTheme = themes;
    }

    List<String> ids() {
        return List.copyOf(intentsByTheme.keySet());
    }

    boolean exists(String theme) {
        return intentsByTheme.containsKey(theme);
    }

    List<String> intents(String theme) {
        return intentsByTheme.getOrDefault(theme, List.of());
    }
}

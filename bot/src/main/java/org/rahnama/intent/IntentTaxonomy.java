package org.rahnama.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rahnama.data.DataFolders;
import org.springframework.stereotype.Component;

/**
 * The intent ids and the contact types each intent points to, read from the project's copy of the shared
 * taxonomy ({@code knowledge-base/intents.md}), so that there is one source of truth for the ids.
 */
@Component
public class IntentTaxonomy {

    public static final String OUT_OF_SCOPE = "out-of-scope";
    public static final Set<String> SAFETY = Set.of("crisis", "violence", "emergency");

    private final Map<String, List<String>> contactTypesByIntent;

    @org.springframework.beans.factory.annotation.Autowired
    public IntentTaxonomy(DataFolders folders) {
        this(read(folders));
    }

    /** The taxonomy of a Markdown text in the format of {@code intents.md}. */
    public static IntentTaxonomy fromMarkdown(String markdown) {
        return new IntentTaxonomy(markdown);
    }

    IntentTaxonomy(String markdown) {
        this.contactTypesByIntent = parse(markdown);
        if (contactTypesByIntent.isEmpty()) {
            throw new IllegalStateException("No intent found in the taxonomy table");
        }
    }

    private static String read(DataFolders folders) {
        try {
            return folders.knowledgeBase().read("intents.md");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read knowledge-base/intents.md", e);
        }
    }

    static Map<String, List<String>> parse(String markdown) {
        Map<String, List<String>> intents = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !cells[0].isBlank()) {
                continue;
            }
            String id = cells[1].trim();
            if (!id.matches("[a-z]+(-[a-z]+)*") || id.equals("id")) {
                continue;
            }
            List<String> types = new ArrayList<>();
            for (String type : cells[3].split(",")) {
                String t = type.trim();
                if (!t.isEmpty() && !t.equals("none")) {
                    types.add(t);
                }
            }
            intents.put(id, List.copyOf(types));
        }
        return intents;
    }

    /** All intent ids in the order of the taxonomy. */
    public List<String> ids() {
        return List.copyOf(contactTypesByIntent.keySet());
    }

    public boolean exists(String id) {
        return contactTypesByIntent.containsKey(id);
    }

    /** Intents that need an answer from the knowledge base (every intent that has contacts to offer). */
    public List<String> contentIntents() {
        return contactTypesByIntent.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    public List<String> contactTypes(String intent) {
        return contactTypesByIntent.getOrDefault(intent, List.of());
    }

    /** Every contact type the taxonomy names. */
    public Set<String> allContactTypes() {
        Set<String> all = new TreeSet<>();
        contactTypesByIntent.values().forEach(all::addAll);
        return all;
    }

    public static boolean isSafety(String intent) {
        return SAFETY.contains(intent);
    }
}

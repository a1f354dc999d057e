package org.rahnama.knowledge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rahnama.data.DataFolder;
import org.rahnama.language.Language;

/**
 * Reads every entry folder under {@code entries/}. An entry whose new version is broken keeps its previous good
 * version (from the snapshot being replaced), so one bad edit never takes an answer offline.
 */
final class KnowledgeLoader {

    private final DataFolder folder;
    private final EntryReader reader;

    KnowledgeLoader(DataFolder folder, Set<String> intents, Set<String> contactTypes) {
        this.folder = folder;
        this.reader = new EntryReader(intents, contactTypes);
    }

    KnowledgeSnapshot load(KnowledgeSnapshot previous) {
        List<KnowledgeProblem> problems = new ArrayList<>();
        Map<String, Map<Language, Map.Entry<String, String>>> folders = new TreeMap<>();
        for (String path : folder.list(".md")) {
            if (!path.startsWith("entries/")) {
                continue;
            }
            String relative = path.substring("entries/".length());
            int slash = relative.lastIndexOf('/');
            String name = relative.substring(slash + 1);
            if (slash < 0) {
                problems.add(KnowledgeProblem.error(folder.describe(path), 0, "an entry file must be inside an entry folder"));
                continue;
            }
            String code = name.substring(0, name.length() - 3);
            Language language = Language.ofCode(code).orElse(null);
            if (language == null) {
                problems.add(KnowledgeProblem.warning(folder.describe(path), 0, "ignored: the file name must be a language code (fr.md, en.md, ar.md, ps.md, prs.md, ti.md)"));
                continue;
            }
            try {
                folders.computeIfAbsent(relative.substring(0, slash), k -> new EnumMap<>(Language.class))
                        .put(language, Map.entry(folder.describe(path), folder.read(path)));
            } catch (IOException e) {
                problems.add(KnowledgeProblem.error(folder.describe(path), 0, "cannot be read: " + e.getMessage()));
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, String> idToFolder = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Language, Map.Entry<String, String>>> e : folders.entrySet()) {
            EntryReader.Result result = reader.read(e.getKey(), e.getValue());
            problems.addAll(result.problems());
            Entry last = previous == null ? null : previous.entriesByFolder().get(e.getKey());
            Entry entry = result.entry() == null ? last : keepLastGoodTranslations(result.entry(), last, e.getValue().keySet());
            if (entry == null) {
                continue;
            }
            String other = idToFolder.putIfAbsent(entry.id(), e.getKey());
            if (other != null) {
                problems.add(KnowledgeProblem.error(e.getValue().values().iterator().next().getKey(), 0,
                        "duplicate id '" + entry.id() + "', already used by " + other));
                continue;
            }
            entries.put(e.getKey(), entry);
        }
        return KnowledgeSnapshot.of(entries, problems);
    }

    /** A translation that failed to parse this time is served in its last good version. */
    private static Entry keepLastGoodTranslations(Entry fresh, Entry last, Set<Language> filesPresent) {
        if (last == null) {
            return fresh;
        }
        Map<Language, EntryText> texts = new EnumMap<>(Language.class);
        texts.putAll(fresh.texts());
        for (Language language : filesPresent) {
            if (!texts.containsKey(language) && last.texts().containsKey(language)) {
                texts.put(language, last.texts().get(language));
            }
        }
        return new Entry(fresh.id(), fresh.theme(), fresh.intents(), fresh.contacts(), fresh.audience(), fresh.sources(),
                fresh.checked(), fresh.updated(), fresh.review(), fresh.keywords(), texts);
    }
}

package org.rahnama.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rahnama.language.Language;

/**
 * Builds an {@link Entry} from the files of one entry folder ({@code fr.md} and its translations), checking
 * what the bot relies on: known intents and contact types, a source and a checked date, titles. An entry with
 * an error is not built; the problems say which file and line to fix.
 */
final class EntryReader {

    private final Set<String> intents;
    private final Set<String> contactTypes;

    EntryReader(Set<String> intents, Set<String> contactTypes) {
        this.intents = intents;
        this.contactTypes = contactTypes;
    }

    record Result(Entry entry, List<KnowledgeProblem> problems) {
    }

    /**
     * @param folder the entry folder relative to {@code entries/}, e.g. {@code health/health-insurance-puma}
     * @param files  language → (file name for messages, content)
     */
    Result read(String folder, Map<Language, Map.Entry<String, String>> files) {
        List<KnowledgeProblem> problems = new ArrayList<>();
        Map.Entry<String, String> reference = files.get(Language.FR);
        if (reference == null) {
            String any = files.values().iterator().next().getKey();
            problems.add(KnowledgeProblem.error(any, 0, "the entry " + folder + " has no French reference file fr.md"));
            return new Result(null, problems);
        }
        String refName = reference.getKey();
        MarkdownFile fr;
        try {
            fr = MarkdownFile.parse(reference.getValue());
        } catch (MarkdownFile.Invalid e) {
            problems.add(KnowledgeProblem.error(refName, e.line, e.getMessage()));
            return new Result(null, problems);
        }
        Map<String, Object> meta = fr.frontMatter();
        String id = string(meta, "id");
        String expectedId = folder.substring(folder.lastIndexOf('/') + 1);
        if (id == null) {
            problems.add(KnowledgeProblem.error(refName, lineOf(reference.getValue(), "id"), "missing 'id' (use " + expectedId + ")"));
        } else if (!id.equals(expectedId)) {
            problems.add(KnowledgeProblem.error(refName, lineOf(reference.getValue(), "id"), "id '" + id + "' differs from the folder name '" + expectedId + "'"));
        }
        List<String> entryIntents = list(meta, "intents");
        if (entryIntents.isEmpty()) {
            problems.add(KnowledgeProblem.error(refName, lineOf(reference.getValue(), "intents"), "missing 'intents'"));
        }
        for (String intent : entryIntents) {
            if (!intents.contains(intent)) {
                problems.add(KnowledgeProblem.error(refName, lineOf(reference.getValue(), "intents"), "unknown intent '" + intent + "' (see knowledge-base/intents.md)"));
            }
        }
        List<String> contacts = list(meta, "contacts");
        for (String type : contacts) {
            if (!contactTypes.contains(type)) {
                problems.add(KnowledgeProblem.error(refName, lineOf(reference.getValue(), "contacts"), "unknown contact type '" + type + "'"));
            }
        }
        List<String> sources = list(meta, "sources");
        if (sources.isEmpty()) {
            problems.add(KnowledgeProblem.error(refName, lineOf(reference.getValue(), "sources"), "missing 'sources': every fact needs an official source"));
        }
        String checked = date(meta, "checked", refName, reference.getValue(), problems, true);
        String updated = date(meta, "updated", refName, reference.getValue(), problems, false);
        if (updated == null) {
            updated = checked;
        }
        Map<Language, EntryText> texts = new EnumMap<>(Language.class);
        texts.put(Language.FR, text(fr, null, refName, reference.getValue(), problems));
        for (Map.Entry<Language, Map.Entry<String, String>> file : files.entrySet()) {
            if (file.getKey() == Language.FR) {
                continue;
            }
            String name = file.getValue().getKey();
            try {
                MarkdownFile translation = MarkdownFile.parse(file.getValue().getValue());
                String from = string(translation.frontMatter(), "translated-from");
                if (from == null) {
                    problems.add(KnowledgeProblem.error(name, 2, "missing 'translated-from' (the 'updated' date of fr.md it translates)"));
                }
                texts.put(file.getKey(), text(translation, from, name, file.getValue().getValue(), problems));
            } catch (MarkdownFile.Invalid e) {
                // A broken translation must not take the whole entry down: the other languages stay served.
                problems.add(KnowledgeProblem.error(name, e.line, e.getMessage()));
            }
        }
        if (problems.stream().anyMatch(p -> p.error() && p.file().equals(refName))) {
            return new Result(null, problems);
        }
        String theme = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : "";
        texts.values().removeIf(t -> t == null);
        Entry entry = new Entry(expectedId, theme, entryIntents, contacts, list(meta, "audience"), sources, checked,
                updated, string(meta, "review"), keywords(meta), texts);
        return new Result(entry, problems);
    }

    private static EntryText text(MarkdownFile file, String translatedFrom, String name, String raw, List<KnowledgeProblem> problems) {
        String title = string(file.frontMatter(), "title");
        if (title == null) {
            problems.add(KnowledgeProblem.error(name, 2, "missing 'title'"));
            return null;
        }
        if (file.summary().isEmpty()) {
            problems.add(KnowledgeProblem.error(name, file.bodyLine(), "the short answer (text before the first ## heading) is empty"));
            return null;
        }
        return new EntryText(title, file.summary(), file.details(), translatedFrom, name);
    }

    private static Map<Language, List<String>> keywords(Map<String, Object> meta) {
        Map<Language, List<String>> out = new EnumMap<>(Language.class);
        if (meta.get("keywords") instanceof Map<?, ?> map) {
            map.forEach((k, v) -> Language.fromCode(String.valueOf(k)).ifPresent(l -> out.put(l, toList(v))));
        }
        return out;
    }

    private static String date(Map<String, Object> meta, String key, String file, String raw, List<KnowledgeProblem> problems, boolean required) {
        Object value = meta.get(key);
        if (value == null) {
            if (required) {
                problems.add(KnowledgeProblem.error(file, lineOf(raw, key), "missing '" + key + "' date (YYYY-MM-DD)"));
            }
            return null;
        }
        String s = value instanceof java.util.Date d
                ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString() : String.valueOf(value);
        try {
            return LocalDate.parse(s).toString();
        } catch (DateTimeParseException e) {
            problems.add(KnowledgeProblem.error(file, lineOf(raw, key), "'" + key + "' must be a date YYYY-MM-DD, not '" + s + "'"));
            return null;
        }
    }

    static String string(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
    }

    private static List<String> list(Map<String, Object> meta, String key) {
        return toList(meta.get(key));
    }

    private static List<String> toList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return l.stream().filter(o -> o != null).map(o -> String.valueOf(o).strip()).filter(s -> !s.isEmpty()).toList();
        }
        return List.of(String.valueOf(value).strip());
    }

    /** The 1-based line of a front-matter key, so problems point at it. */
    static int lineOf(String raw, String key) {
        String[] lines = raw.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 2;
    }
}

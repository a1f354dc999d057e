package org.rahnama.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The entries and their index at one moment; replaced whole, so a search never sees half a reload. */
record KnowledgeSnapshot(Map<String, Entry> entriesByFolder, Map<String, Entry> entriesById, KnowledgeIndex index,
                         List<KnowledgeProblem> problems) {

    static KnowledgeSnapshot of(Map<String, Entry> byFolder, List<KnowledgeProblem> problems) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        byFolder.values().forEach(e -> byId.putIfAbsent(e.id(), e));
        return new KnowledgeSnapshot(Map.copyOf(byFolder), byId, KnowledgeIndex.build(byId.values()), List.copyOf(problems));
    }
}

package org.rahnama.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolder;
import org.rahnama.data.DataFolders;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The answers: entries of {@code knowledge-base/entries/} indexed with Lucene. The classified intent narrows
 * the search, the text ranks the entries of that intent. Reloading swaps the whole index at once; a broken file
 * is reported (file and line) and the last good version of its entry stays served.
 */
@Component
public class KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final KnowledgeLoader loader;
    private final AtomicReference<KnowledgeSnapshot> current = new AtomicReference<>();
    private final AnswerCache answers = new AnswerCache();

    @org.springframework.beans.factory.annotation.Autowired
    public KnowledgeBase(DataFolders folders, IntentTaxonomy taxonomy, ContactTypes contactTypes) {
        this(folders.knowledgeBase(), taxonomy, contactTypes);
    }

    private KnowledgeBase(DataFolder folder, IntentTaxonomy taxonomy, ContactTypes contactTypes) {
        this.loader = new KnowledgeLoader(folder, java.util.Set.copyOf(taxonomy.ids()), contactTypes.all());
        reload();
    }

    /** A knowledge base read from another folder than the configured one (maintainers' tools). */
    public static KnowledgeBase of(DataFolder folder, IntentTaxonomy taxonomy, ContactTypes contactTypes) {
        return new KnowledgeBase(folder, taxonomy, contactTypes);
    }

    /** Re-reads every entry and swaps the index; returns the problems found. */
    public synchronized List<KnowledgeProblem> reload() {
        KnowledgeSnapshot next = loader.load(current.get());
        current.set(next);
        answers.clear();
        next.problems().forEach(p -> {
            if (p.error()) {
                log.error("Knowledge base: {}", p);
            } else {
                log.debug("Knowledge base: {}", p);
            }
        });
        log.info("Knowledge base: {} entries, {} errors", next.entriesById().size(),
                next.problems().stream().filter(KnowledgeProblem::error).count());
        return next.problems();
    }

    /**
     * The entry that answers a question best.
     *
     * @param intents the intents to look in, the likeliest first; the first intent with an entry wins
     */
    public Optional<Answer> answer(Language language, String text, List<String> intents) {
        long generation = answers.generation();
        KnowledgeSnapshot snapshot = current.get();
        return answers.get(generation, language, text, intents, () -> bestAnswer(snapshot, language, text, intents));
    }

    AnswerCache answerCache() {
        return answers;
    }

    private static Optional<Answer> bestAnswer(KnowledgeSnapshot snapshot, Language language, String text, List<String> intents) {
        List<Language> languages = searchLanguages(language);
        for (String intent : intents) {
            List<String> hits = snapshot.index().search(text, languages, List.of(intent), 1);
            Optional<Entry> entry = hits.isEmpty() ? mainEntry(snapshot, intent) : Optional.of(snapshot.entriesById().get(hits.getFirst()));
            if (entry.isPresent()) {
                return Optional.of(inLanguage(entry.get(), language));
            }
        }
        return Optional.empty();
    }

    /** Entries ranked by text alone, whatever their intent (used when the classifier is unsure). */
    public List<Entry> search(Language language, String text, int limit) {
        KnowledgeSnapshot snapshot = current.get();
        List<Entry> found = new ArrayList<>();
        for (String id : snapshot.index().search(text, searchLanguages(language), null, limit)) {
            found.add(snapshot.entriesById().get(id));
        }
        return found;
    }

    public Optional<Answer> byId(String id, Language language) {
        return Optional.ofNullable(current.get().entriesById().get(id)).map(e -> inLanguage(e, language));
    }

    public Collection<Entry> entries() {
        return current.get().entriesById().values();
    }

    public List<KnowledgeProblem> problems() {
        return current.get().problems();
    }

    private static Optional<Entry> mainEntry(KnowledgeSnapshot snapshot, String intent) {
        return snapshot.entriesById().values().stream().filter(e -> e.mainIntent().equals(intent)).findFirst()
                .or(() -> snapshot.entriesById().values().stream().filter(e -> e.intents().contains(intent)).findFirst());
    }

    /** Where a question is searched: the person's language, then the French reference, then English. */
    private static List<Language> searchLanguages(Language language) {
        return inOrder(language, Language.FR, Language.EN);
    }

    /** The person's language, then English (more refugees read it than French), then the French reference. */
    private static List<Language> fallbackOrder(Language language) {
        return inOrder(language, Language.EN, Language.FR);
    }

    private static List<Language> inOrder(Language first, Language... then) {
        List<Language> order = new ArrayList<>();
        if (first != null) {
            order.add(first);
        }
        for (Language next : then) {
            if (!order.contains(next)) {
                order.add(next);
            }
        }
        return order;
    }

    private static Answer inLanguage(Entry entry, Language language) {
        for (Language candidate : fallbackOrder(language)) {
            Optional<EntryText> text = entry.text(candidate);
            if (text.isPresent()) {
                return new Answer(entry, text.get(), candidate);
            }
        }
        throw new IllegalStateException("Entry " + entry.id() + " has no text");
    }
}

package org.rahnama.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rahnama.data.DataFolder;
import org.rahnama.data.DataFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Recognises a crisis (suicidal thoughts, violence, a child in danger, immediate danger, a night in the street)
 * in any of the six languages, before and independently of the intent classifier. It matches the lexicons of
 * every language, not only the detected one: a missed crisis costs far more than a false alarm.
 */
@Component
public class CrisisDetector {

    private static final Logger log = LoggerFactory.getLogger(CrisisDetector.class);

    private final CrisisLexicon lexicon;

    @org.springframework.beans.factory.annotation.Autowired
    public CrisisDetector(DataFolders folders) {
        this(readLexicons(folders.nlpModels()));
    }

    CrisisDetector(Map<String, String> lexiconFiles) {
        this.lexicon = CrisisLexicon.parse(lexiconFiles);
        log.info("Crisis lexicon: {} phrases from {} files", lexicon.phraseCount(), lexiconFiles.size());
    }

    static Map<String, String> readLexicons(DataFolder nlpModels) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (String path : nlpModels.list(".tsv")) {
                if (path.startsWith("safety/lexicon/")) {
                    files.put(nlpModels.describe(path), nlpModels.read(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("No crisis lexicon under " + nlpModels + "/safety/lexicon");
        }
        return files;
    }

    /** The crisis kinds a message speaks of, most urgent first; empty when none. */
    public List<CrisisKind> assess(String text) {
        return find(text).kinds();
    }

    /**
     * The crisis kinds a message speaks of, and whether it speaks of a crisis only to deny it ("I am not suicidal,
     * I need a doctor") or uses a crisis word harmlessly ("mort de rire"): then the crisis model, which sees the
     * word but not the negation, must be all but certain to raise an alarm on its own.
     */
    CrisisLexicon.Finding find(String text) {
        if (text == null || text.isBlank()) {
            return new CrisisLexicon.Finding(List.of(), false);
        }
        return lexicon.find(text);
    }
}

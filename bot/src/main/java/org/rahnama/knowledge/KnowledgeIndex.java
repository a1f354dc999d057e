package org.rahnama.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.rahnama.language.Language;
import org.rahnama.language.LanguageAnalyzers;
import org.rahnama.language.TextNormalizer;

/**
 * An immutable in-memory Lucene index of the entries: per language a title, keyword and body field analysed
 * for that language, plus the entry's intents as exact terms. Built whole and swapped whole on reload.
 */
final class KnowledgeIndex {

    private static final float TITLE_BOOST = 2.0f;
    private static final float KEYWORD_BOOST = 3.0f;
    private static final List<String> FIELDS = List.of("title", "keywords", "body");

    private final IndexSearcher searcher;

    private KnowledgeIndex(DirectoryReader reader) {
        this.searcher = new IndexSearcher(reader);
    }

    static KnowledgeIndex build(Collection<Entry> entries) {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (Language language : Language.values()) {
            for (String field : FIELDS) {
                perField.put(field(field, language), LanguageAnalyzers.of(language));
            }
        }
        // One buffer per file: a term lookup clones its input, and cloning a many-buffer input cost a fifth of the
        // search time (profiled under load).
        ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
                ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField)))) {
            for (Entry entry : entries) {
                writer.addDocument(document(entry));
            }
            writer.commit();
            return new KnowledgeIndex(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Entry entry) {
        Document doc = new Document();
        doc.add(new StringField("id", entry.id(), Field.Store.YES));
        for (String intent : entry.intents()) {
            doc.add(new StringField("intent", intent, Field.Store.NO));
        }
        entry.texts().forEach((language, text) -> {
            doc.add(new TextField(field("title", language), TextNormalizer.fold(text.title()), Field.Store.NO));
            doc.add(new TextField(field("body", language), TextNormalizer.fold(text.summary() + "\n" + text.details()), Field.Store.NO));
        });
        entry.keywords().forEach((language, words) ->
                doc.add(new TextField(field("keywords", language), TextNormalizer.fold(String.join(" ; ", words)), Field.Store.NO)));
        return doc;
    }

    /** Queries for the terms that occur in the field, their statistics already looked up. */
    private List<TermQuery> presentTerms(String field, List<BytesRef> terms) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        List<LeafReaderContext> leaves = top.leaves();
        TermsEnum[] enums = new TermsEnum[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            Terms inLeaf = leaves.get(i).reader().terms(field);
            enums[i] = inLeaf == null ? null : inLeaf.iterator();
        }
        List<TermQuery> queries = new ArrayList<>();
        for (BytesRef term : terms) {
            TermStates states = null;
            for (int i = 0; i < enums.length; i++) {
                if (enums[i] != null && enums[i].seekExact(term)) {
                    if (states == null) {
                        states = new TermStates(top);
                    }
                    states.register(enums[i].termState(), leaves.get(i).ord, enums[i].docFreq(), enums[i].totalTermFreq());
                }
            }
            if (states != null) {
                queries.add(new TermQuery(new Term(field, term), states));
            }
        }
        return queries;
    }

    private static String field(String name, Language language) {
        return name + "_" + language.code();
    }

    /**
     * Entry ids ranked by relevance of the text in the given languages, restricted to the intents when given.
     * With no text match, returns nothing: the caller decides what an intent alone is worth.
     */
    List<String> search(String text, List<Language> languages, Collection<String> intents, int limit) {
        // The question is analysed once per language and its terms looked up in the three fields of that language,
        // with one terms enumerator per field: a TermQuery left to look its term up itself opens an enumerator per
        // clause, which made a search allocate about 450 KB (profiled), and terms absent from a field add no clause.
        BooleanQuery.Builder textQuery = new BooleanQuery.Builder();
        int clauses = 0;
        try {
            for (Language language : languages) {
                List<BytesRef> terms = new java.util.LinkedHashSet<>(LanguageAnalyzers.terms(language, text)).stream().map(BytesRef::new).toList();
                for (String name : FIELDS) {
                    String field = field(name, language);
                    float boost = name.equals("title") ? TITLE_BOOST : name.equals("keywords") ? KEYWORD_BOOST : 1f;
                    for (TermQuery query : presentTerms(field, terms)) {
                        if (clauses >= IndexSearcher.getMaxClauseCount()) {
                            break;
                        }
                        textQuery.add(boost == 1f ? query : new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
                        clauses++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (clauses == 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(textQuery.build(), BooleanClause.Occur.MUST);
        if (intents != null && !intents.isEmpty()) {
            List<BytesRef> terms = intents.stream().map(BytesRef::new).toList();
            query.add(new TermInSetQuery("intent", terms), BooleanClause.Occur.FILTER);
        }
        try {
            List<String> ids = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                ids.add(stored.document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


}

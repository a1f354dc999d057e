package org.rahnama.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rahnama.contacts.ContactLint;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolders;
import org.rahnama.data.DataProperties;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.language.Language;

/** {@code kb lint} on the knowledge base we ship: the maintainers' check is part of CI. */
class ShippedKnowledgeBaseTest {

    private final DataFolders folders = new DataFolders(new DataProperties("knowledge-base", "nlp-models", "translations", null));
    private final IntentTaxonomy taxonomy = new IntentTaxonomy(folders);
    private final ContactTypes types = new ContactTypes(folders, taxonomy);

    @Test
    void shippedKnowledgeBase_hasNoLintError() {
        List<KnowledgeProblem> problems = new KnowledgeLint(Set.copyOf(taxonomy.ids()), taxonomy.contentIntents(), types.all(),
                Clock.systemDefaultZone()).check(folders.knowledgeBase());
        assertThat(problems.stream().filter(KnowledgeProblem::error).map(KnowledgeProblem::toString)).isEmpty();
    }

    @Test
    void everyShippedContact_hasASourceAndACheckedDate() {
        assertThat(new ContactLint(types).check(folders.knowledgeBase())).isEmpty();
    }

    @Test
    void shippedKnowledgeBase_hasAtLeastFortyEntriesInAllSixLanguages() {
        KnowledgeBase kb = KnowledgeBase.of(folders.knowledgeBase(), taxonomy, types);
        assertThat(kb.entries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(kb.entries()).allSatisfy(e -> assertThat(e.texts().keySet()).containsExactlyInAnyOrder(Language.values()));
    }
}

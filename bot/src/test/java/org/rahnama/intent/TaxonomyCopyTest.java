package org.rahnama.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TaxonomyCopyTest {

    private static final Path OURS = Path.of("knowledge-base/intents.md");
    private static final Path SHARED = Path.of("../shared/spec/intents.md");

    @Test
    void projectCopyOfTheTaxonomy_isIdenticalToTheSharedContract() throws Exception {
        assumeTrue(Files.exists(SHARED), "the shared spec is checked out beside the project");
        assertThat(Files.readString(OURS)).isEqualTo(Files.readString(SHARED));
    }

    @Test
    void taxonomy_listsThe44IntentsWithTheirContactTypes() throws Exception {
        IntentTaxonomy taxonomy = new IntentTaxonomy(Files.readString(OURS));
        assertThat(taxonomy.ids()).hasSize(44).startsWith("residence-permit").endsWith("out-of-scope");
        assertThat(taxonomy.contactTypes("mental-health")).containsExactly("cmp", "psychotrauma-centre");
        assertThat(taxonomy.contentIntents()).doesNotContain("greeting", "thanks", "out-of-scope").contains("crisis", "human-help");
    }
}

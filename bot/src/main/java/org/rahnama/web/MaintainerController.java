package org.rahnama.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import org.rahnama.contacts.ContactLint;
import org.rahnama.contacts.ContactTypes;
import org.rahnama.data.DataFolders;
import org.rahnama.gaps.GapLedger;
import org.rahnama.gaps.GapReport;
import org.rahnama.i18n.Translations;
import org.rahnama.intent.IntentTaxonomy;
import org.rahnama.knowledge.Entry;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.knowledge.KnowledgeLint;
import org.rahnama.language.Language;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The maintainers' pages under {@code /kb} (behind {@link MaintainerAccess}, and absent without
 * {@code rahnama.web.maintainer-token}): lint problems and the entries × languages matrix, an entry's preview,
 * the coverage of intents, and the {@code kb gaps} report. They read the running bot's knowledge base, so a
 * maintainer editing a folder on disk sees here what the bot now serves and what it refused.
 */
@Controller
@ConditionalOnProperty(prefix = "rahnama.web", name = "maintainer-token")
class MaintainerController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final KnowledgeBase knowledgeBase;
    private final DataFolders folders;
    private final IntentTaxonomy taxonomy;
    private final ContactTypes contactTypes;
    private final Translations translations;
    private final GapLedger ledger;
    private final Clock clock;

    MaintainerController(KnowledgeBase knowledgeBase, DataFolders folders, IntentTaxonomy taxonomy, ContactTypes contactTypes,
                         Translations translations, GapLedger ledger, Clock clock) {
        this.knowledgeBase = knowledgeBase;
        this.folders = folders;
        this.taxonomy = taxonomy;
        this.contactTypes = contactTypes;
        this.translations = translations;
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/kb")
    ResponseEntity<String> overview() {
        KnowledgeLint lint = new KnowledgeLint(Set.copyOf(taxonomy.ids()), taxonomy.contentIntents(), contactTypes.all(), clock);
        String body = MaintainerPages.overview(lint.check(folders.knowledgeBase()), new ContactLint(contactTypes).check(folders.knowledgeBase()),
                new ArrayList<>(knowledgeBase.entries()), clock);
        return page("Knowledge base", body);
    }

    @GetMapping("/kb/entry/{id}")
    ResponseEntity<String> entry(@PathVariable String id) {
        Optional<Entry> entry = knowledgeBase.entries().stream().filter(e -> e.id().equals(id)).findFirst();
        return entry.map(e -> page(e.id(), EntryPreview.html(e))).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/kb/intents")
    ResponseEntity<String> intents() {
        return page("Intents", IntentCoverage.html(taxonomy, knowledgeBase.entries(), translations));
    }

    /** The {@code kb gaps} report, computed from the editors' ledger at each visit. */
    @GetMapping("/kb/gaps")
    ResponseEntity<String> gaps() {
        GapReport report = GapReport.of(ledger, knowledgeBase.entries(), clock);
        return page("Gaps", "<header><h1>What the knowledge base is missing</h1>" + MaintainerPages.NAV + "</header><main>"
                + report.body() + "</main>");
    }

    private static ResponseEntity<String> page(String title, String body) {
        return ResponseEntity.ok().contentType(HTML).header("Cache-Control", "no-store")
                .body(ChatPage.document(Language.EN, WebMarkdown.escape(title) + " · Rahnama maintainers", body));
    }
}

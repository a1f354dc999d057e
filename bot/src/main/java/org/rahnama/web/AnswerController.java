package org.rahnama.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rahnama.i18n.Translations;
import org.rahnama.knowledge.Answer;
import org.rahnama.knowledge.KnowledgeBase;
import org.rahnama.language.Language;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /answer/ENTRY?lang=L}: one knowledge-base entry, whole, in one language, with its official sources. The
 * caseworker view links here: the address names the entry and the language only, never the question, so it can be
 * sent to the person or kept in a file.
 */
@Controller
class AnswerController {

    private final KnowledgeBase knowledgeBase;
    private final Translations translations;

    AnswerController(KnowledgeBase knowledgeBase, Translations translations) {
        this.knowledgeBase = knowledgeBase;
        this.translations = translations;
    }

    @GetMapping("/answer/{entry}")
    ResponseEntity<String> answer(@PathVariable String entry, @RequestParam(required = false) String lang) {
        Language language = Language.fromCode(lang).orElse(Language.FR);
        Optional<Answer> found = entry.matches("[a-z0-9-]{1,80}") ? knowledgeBase.byId(entry, language) : Optional.empty();
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Answer answer = found.get();
        Language shown = answer.shownIn();
        StringBuilder body = new StringBuilder("<header><p class=\"brand\"><a href=\"/\">Rahnama</a></p><nav class=\"langs\">");
        for (Language other : Language.values()) {
            body.append("<a href=\"/answer/").append(entry).append("?lang=").append(other.code()).append('"')
                    .append(ReplyHtml.langDir(other)).append(other == shown ? " aria-current=\"page\"" : "").append('>')
                    .append(WebMarkdown.escape(other.nativeName())).append("</a> ");
        }
        body.append("</nav></header><main><article class=\"turn\"><h1>").append(WebMarkdown.inline(answer.text().title())).append("</h1>")
                .append("<div class=\"msg\">").append(WebMarkdown.html(answer.text().summary())).append("</div>");
        if (!answer.text().details().isEmpty()) {
            body.append("<div class=\"msg\">").append(WebMarkdown.html(answer.text().details())).append("</div>");
        }
        body.append("<p class=\"h\"><strong>").append(WebMarkdown.escape(translations.get(shown, "web.sources"))).append("</strong></p><ul>");
        for (String source : answer.entry().sources()) {
            body.append("<li dir=\"ltr\">").append(WebMarkdown.inline(source)).append("</li>");
        }
        body.append("</ul></article></main>");
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(ChatPage.document(shown, WebMarkdown.escape(answer.text().title()), body.toString()));
    }
}

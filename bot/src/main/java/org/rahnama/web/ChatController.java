package org.rahnama.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.conversation.Reply;
import org.rahnama.i18n.Translations;
import org.rahnama.language.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /}: the chat on the web, for people without Telegram. The page opens with the bot's own welcome and
 * language menu; every post (a question, a button, a postcode, a position) is one message to the same
 * {@link Conversation} as Telegram, from channel "web" with the browser's random id, so the session, the crisis check
 * and the flood guard are the same. Nothing the person writes is stored: the question is only echoed in the reply.
 */
@Controller
class ChatController {

    static final String FRAGMENT_HEADER = "X-Rahnama-Fragment";
    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);
    private static final String CHANNEL = "web";
    private static final int MAX_TEXT = 4096;

    private final Conversation conversation;
    private final BrowserClients clients;
    private final ChatPage page;
    private final ReplyHtml replies;
    private final Translations translations;

    ChatController(Conversation conversation, BrowserClients clients, ChatPage page, ReplyHtml replies, Translations translations) {
        this.conversation = conversation;
        this.clients = clients;
        this.page = page;
        this.replies = replies;
        this.translations = translations;
    }

    @GetMapping("/")
    ResponseEntity<String> open(HttpServletRequest request, HttpServletResponse response,
                                @RequestHeader(name = "Accept-Language", required = false) String accept) {
        String id = clients.id(request, response);
        Reply reply = conversation.handle(IncomingMessage.text(CHANNEL, id, "/start").withLanguage(preferred(accept)));
        return html(HttpStatus.OK, page.page(reply.language(), replies.turn(null, reply, false, 0), reply.buttons(), false,
                clients.csrfToken(id)));
    }

    @PostMapping(path = "/", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> post(HttpServletRequest request, HttpServletResponse response,
                                @RequestParam(required = false) String text, @RequestParam(required = false) String action,
                                @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
                                @RequestParam(required = false) String caseworker, @RequestParam(required = false) Integer turn,
                                @RequestHeader(name = FRAGMENT_HEADER, required = false) String fragment,
                                @RequestHeader(name = "Accept-Language", required = false) String accept) {
        boolean asFragment = fragment != null;
        if (!clients.trusted(request)) {
            return expired(request, response, preferred(accept), asFragment);
        }
        String id = clients.known(request);
        boolean forCaseworker = "1".equals(caseworker);
        String asked = text == null ? null : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        IncomingMessage message;
        if (lat != null && lon != null) {
            message = IncomingMessage.location(CHANNEL, id, lat, lon);
        } else if (action != null && !action.isBlank()) {
            message = IncomingMessage.action(CHANNEL, id, action);
        } else {
            message = IncomingMessage.text(CHANNEL, id, asked == null ? "" : asked);
            // A caseworker's question is about someone else: the answer comes in their language and in French.
            message = forCaseworker ? message.asForwarded() : message;
        }
        Reply reply = conversation.handle(message.withLanguage(preferred(accept)));
        String turnHtml = replies.turn(message.kind() == IncomingMessage.Kind.TEXT ? asked : null, reply, forCaseworker,
                turn == null ? 1 : Math.abs(turn % 100_000));
        String csrf = clients.csrfToken(id);
        return html(HttpStatus.OK, asFragment ? page.fragment(reply.language(), turnHtml, reply.buttons(), forCaseworker, csrf)
                : page.page(reply.language(), turnHtml, reply.buttons(), forCaseworker, csrf));
    }

    /** A post without a valid token (a forged form, or a page from before a restart): nothing is done, a fresh form is offered. */
    private ResponseEntity<String> expired(HttpServletRequest request, HttpServletResponse response, Language language, boolean asFragment) {
        Language shown = language == null ? Language.EN : language;
        String id = clients.id(request, response);
        String turnHtml = "<section class=\"turn\"" + ReplyHtml.langDir(shown) + "><div class=\"msg\">"
                + WebMarkdown.html(translations.get(shown, "web.expired")) + "</div></section>";
        String csrf = clients.csrfToken(id);
        return html(HttpStatus.FORBIDDEN, asFragment ? page.fragment(shown, turnHtml, List.of(), false, csrf)
                : page.page(shown, turnHtml, List.of(), false, csrf));
    }

    /** The browser's first language we speak, a hint until the person chooses or writes. */
    static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null) {
            return null;
        }
        for (String part : acceptLanguage.split(",")) {
            String tag = part.split(";")[0].strip().toLowerCase(Locale.ROOT);
            var language = Language.fromCode(tag);
            if (language.isPresent()) {
                return language.get();
            }
        }
        return null;
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).header("Cache-Control", "no-store").body(body);
    }
}

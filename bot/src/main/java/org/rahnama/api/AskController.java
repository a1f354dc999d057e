package org.rahnama.api;

import org.rahnama.conversation.AskResult;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.language.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/ask}: the pipeline for caseworkers' tools, answering with the same JSON as {@code ask --json}. */
@RestController
@RequestMapping("/api")
class AskController {

    static final int MAX_TEXT = 4096;

    private final Conversation conversation;

    AskController(Conversation conversation) {
        this.conversation = conversation;
    }

    @PostMapping("/ask")
    ResponseEntity<?> ask(@RequestBody AskRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            return badRequest("'text' is required and must not be empty");
        }
        if (request.text().length() > MAX_TEXT) {
            return badRequest("'text' is longer than " + MAX_TEXT + " characters");
        }
        Language language = null;
        if (request.lang() != null && !request.lang().isBlank()) {
            language = Language.fromCode(request.lang()).orElse(null);
            if (language == null) {
                return badRequest("'lang' must be one of ar, ps, prs, ti, en, fr");
            }
        }
        // Without a user, a question is answered and forgotten: no session that nobody could read again.
        IncomingMessage message = (request.user() != null && !request.user().isBlank()
                ? IncomingMessage.text("api", request.user(), request.text()) : IncomingMessage.anonymous("api", request.text()))
                .withLanguage(language).withPostcode(request.postcode());
        AskResult result = conversation.handle(message).result();
        return ResponseEntity.ok(result);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return badRequest("the body must be a JSON object like {\"text\": \"...\", \"lang\": \"fr\", \"postcode\": \"75011\"}");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(new ApiError("send Content-Type: application/json"));
    }

    private static ResponseEntity<ApiError> badRequest(String message) {
        return ResponseEntity.badRequest().body(new ApiError(message));
    }
}

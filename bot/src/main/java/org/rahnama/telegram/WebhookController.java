package org.rahnama.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The webhook endpoint (TelegramBots' own webhook module does not run on Spring Boot 4). Checks Telegram's secret
 * header, parses the update with Jackson 2 as TelegramBots requires, and answers 200 once the reply is in the
 * journal (it is sent afterwards); 503 when it could not be recorded, so that Telegram delivers the update again. A
 * malformed update is acknowledged, or Telegram would resend it forever.
 */
@org.springframework.web.bind.annotation.RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression(TelegramConfiguration.ENABLED)
@org.springframework.context.annotation.Conditional(TelegramMode.Webhook.class)
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final long RECORD_TIMEOUT_SECONDS = 10;
    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final byte[] secret;
    private final UpdateProcessor processor;
    private final ObjectMapper telegramJson;

    WebhookController(TelegramProperties properties, UpdateProcessor processor, ObjectMapper telegramJson) {
        if (properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
            throw new IllegalStateException("Webhook mode needs rahnama.telegram.webhook-secret (RAHNAMA_TELEGRAM_WEBHOOKSECRET): "
                    + "without it anyone could post fake updates");
        }
        this.secret = properties.webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.processor = processor;
        this.telegramJson = telegramJson;
    }

    @PostMapping(path = "${rahnama.telegram.webhook-path:/telegram/webhook}", consumes = "application/json")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String header, @RequestBody String body) {
        if (header == null || !MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        Update update;
        try {
            update = telegramJson.readValue(body, Update.class);
        } catch (Exception e) {
            log.warn("Unreadable Telegram update acknowledged and ignored: {}", e.getClass().getSimpleName());
            return ResponseEntity.ok().build();
        }
        try {
            processor.accept(update).get(RECORD_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            return ResponseEntity.ok().build();
        } catch (Exception e) {
            log.warn("Update {} not recorded ({}): Telegram will deliver it again", update.getUpdateId(), e.getClass().getSimpleName());
            return ResponseEntity.status(503).build();
        }
    }
}

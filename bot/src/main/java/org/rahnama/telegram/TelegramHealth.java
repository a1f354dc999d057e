package org.rahnama.telegram;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.telegram.telegrambots.meta.api.methods.GetMe;

/**
 * {@code /actuator/health} → telegram: DOWN when polling stopped or the Bot API cannot be reached (checked with
 * getMe at most every 30 seconds), with the number of replies waiting in the outbox.
 */
final class TelegramHealth implements HealthIndicator {

    private static final Duration CACHE = Duration.ofSeconds(30);

    private final TelegramProperties properties;
    private final BotApi api;
    private final Outbox outbox;
    private final LongPollingChannel polling;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile String apiProblem;

    TelegramHealth(TelegramProperties properties, BotApi api, Outbox outbox, LongPollingChannel polling) {
        this.properties = properties;
        this.api = api;
        this.outbox = outbox;
        this.polling = polling;
    }

    @Override
    public Health health() {
        if (Instant.now().isAfter(checkedAt.plus(CACHE))) {
            try {
                api.call(new GetMe());
                apiProblem = null;
            } catch (BotApi.DeliveryFailure e) {
                apiProblem = e.getMessage();
            }
            checkedAt = Instant.now();
        }
        Health.Builder health = apiProblem != null || (polling != null && !polling.polling()) ? Health.down() : Health.up();
        health.withDetail("mode", properties.webhook() ? "webhook" : "polling").withDetail("pendingReplies", outbox.pending());
        if (apiProblem != null) {
            health.withDetail("error", apiProblem);
        }
        return health.build();
    }
}

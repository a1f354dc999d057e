package org.rahnama.telegram;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * How updates arrive. Read in one place, as Spring binds it ({@code webhook}, {@code Webhook} and {@code WEBHOOK} are
 * the same), for the beans of each mode and for {@link TelegramProperties}.
 */
public enum TelegramMode {
    POLLING, WEBHOOK;

    static TelegramMode configured(ConditionContext context) {
        return Binder.get(context.getEnvironment()).bind("rahnama.telegram.mode", TelegramMode.class).orElse(POLLING);
    }

    /** Long polling: the default. */
    static final class Polling implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configured(context) == POLLING;
        }
    }

    /** Webhook: Telegram posts updates to our endpoint. */
    static final class Webhook implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return configured(context) == WEBHOOK;
        }
    }
}

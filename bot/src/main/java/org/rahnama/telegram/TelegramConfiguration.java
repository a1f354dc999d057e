package org.rahnama.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.HandoffProperties;
import org.rahnama.conversation.TeamDesk;
import org.rahnama.i18n.Translations;
import org.rahnama.state.ReplyJournal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Telegram channel, present only when a token is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(TelegramConfiguration.ENABLED)
class TelegramConfiguration {

    static final String ENABLED = "'${rahnama.telegram.token:}' != ''";

    /** Jackson 2 for TelegramBots' types; Spring Boot's own Jackson 3 mapper does not know their annotations. */
    @Bean
    ObjectMapper telegramObjectMapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Bean
    OkHttpClient telegramHttpClient() {
        // Longer than a long poll (LongPollingChannel.POLL_SECONDS) with room to spare; short enough to notice a dead connection.
        return new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(75))
                .writeTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).build();
    }

    @Bean
    BotApi botApi(TelegramProperties properties, OkHttpClient http) {
        return new OkHttpBotApi(properties.token(), properties.apiUrl(), http);
    }

    @Bean
    CallCodec callCodec(ObjectMapper telegramObjectMapper) {
        return new CallCodec(telegramObjectMapper);
    }

    @Bean(destroyMethod = "close")
    Outbox outbox(BotApi api, ReplyJournal journal, CallCodec codec, org.rahnama.state.ChatPacer pacer, TelegramProperties properties,
                  MeterRegistry meters) {
        return new Outbox(api, journal, codec, pacer, properties, meters);
    }

    @Bean(destroyMethod = "close")
    UpdateProcessor updateProcessor(Conversation conversation, ReplyJournal journal, CallCodec codec, Translations translations,
                                    Outbox outbox, TeamDesk desk, HandoffProperties handoff, MeterRegistry meters) {
        return new UpdateProcessor(conversation, journal, codec, new ReplyRenderer(translations), outbox, desk, handoff.chatId(),
                meters, 8);
    }

    @Bean
    @Conditional(TelegramMode.Polling.class)
    LongPollingChannel longPollingChannel(BotApi api, UpdateProcessor processor) {
        return new LongPollingChannel(api, processor);
    }

    @Bean
    BotRegistration botRegistration(TelegramProperties properties, BotApi api, Translations translations) {
        return new BotRegistration(properties, api, translations);
    }

    @Bean
    TelegramHealth telegramHealth(TelegramProperties properties, BotApi api, Outbox outbox,
                                  org.springframework.beans.factory.ObjectProvider<LongPollingChannel> polling) {
        return new TelegramHealth(properties, api, outbox, polling.getIfAvailable());
    }
}

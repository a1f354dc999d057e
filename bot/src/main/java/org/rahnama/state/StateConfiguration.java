package org.rahnama.state;

import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Caffeine by default; Redis, with Caffeine as the fallback during outages, when {@code rahnama.redis.url} is set. */
@Configuration(proxyBeanMethods = false)
class StateConfiguration {

    static final String REDIS = "'${rahnama.redis.url:}' != ''";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(REDIS)
    RedisConnection redisConnection(RedisProperties properties) {
        return new RedisConnection(properties);
    }

    @Bean
    SessionStore sessionStore(SessionProperties properties, ObjectProvider<RedisConnection> redis) {
        return StateConfiguration.<SessionStore>shared(redis, new CaffeineSessionStore(properties, Ticker.systemTicker()),
                (connection, local) -> new RedisSessionStore(connection, local, properties));
    }

    @Bean
    UpdateLog updateLog(ObjectProvider<RedisConnection> redis) {
        return StateConfiguration.<UpdateLog>shared(redis, new CaffeineUpdateLog(Ticker.systemTicker()), RedisUpdateLog::new);
    }

    @Bean
    FloodGuard floodGuard(FloodProperties properties, ObjectProvider<RedisConnection> redis) {
        return StateConfiguration.<FloodGuard>shared(redis, new CaffeineFloodGuard(properties, Ticker.systemTicker()),
                (connection, local) -> new RedisFloodGuard(connection, local, properties));
    }

    /** The journal of queued replies: in Redis (durable, shared) when configured, else in this process. */
    @Bean
    ReplyJournal replyJournal(UpdateLog updateLog, ObjectProvider<RedisConnection> redis) {
        return StateConfiguration.<ReplyJournal>shared(redis, new LocalReplyJournal(updateLog),
                (connection, local) -> new RedisReplyJournal(connection, updateLog));
    }

    @Bean
    TicketStore ticketStore(TicketProperties properties, ObjectProvider<RedisConnection> redis) {
        RedisConnection connection = redis.getIfAvailable();
        return connection == null ? new CaffeineTicketStore(properties, Ticker.systemTicker(), 1)
                : new RedisTicketStore(connection, new CaffeineTicketStore(properties, Ticker.systemTicker(),
                        RedisTicketStore.OUTAGE_NUMBERS), properties);
    }

    @Bean
    ChatPacer chatPacer(ObjectProvider<RedisConnection> redis) {
        return shared(redis, ChatPacer.LOCAL, (connection, local) -> new RedisChatPacer(connection));
    }

    /** The one choice for every piece of state: this process's own, or Redis in front of it when Redis is configured. */
    private static <T> T shared(ObjectProvider<RedisConnection> redis, T local, java.util.function.BiFunction<RedisConnection, T, T> inRedis) {
        RedisConnection connection = redis.getIfAvailable();
        return connection == null ? local : inRedis.apply(connection, local);
    }

    @Bean
    @ConditionalOnExpression(REDIS)
    RedisHealth redisHealth(RedisConnection connection) {
        return new RedisHealth(connection);
    }
}

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
        SessionStore local = new CaffeineSessionStore(properties, Ticker.systemTicker());
        RedisConnection connection = redis.getIfAvailable();
        return connection == null ? local : new RedisSessionStore(connection, local, properties);
    }

    @Bean
    UpdateLog updateLog(ObjectProvider<RedisConnection> redis) {
        UpdateLog local = new CaffeineUpdateLog(Ticker.systemTicker());
        RedisConnection connection = redis.getIfAvailable();
        return connection == null ? local : new RedisUpdateLog(connection, local);
    }

    @Bean
    FloodGuard floodGuard(FloodProperties properties, ObjectProvider<RedisConnection> redis) {
        FloodGuard local = new CaffeineFloodGuard(properties, Ticker.systemTicker());
        RedisConnection connection = redis.getIfAvailable();
        return connection == null ? local : new RedisFloodGuard(connection, local, properties);
    }

    @Bean
    ChatPacer chatPacer(ObjectProvider<RedisConnection> redis) {
        RedisConnection connection = redis.getIfAvailable();
        return connection == null ? ChatPacer.LOCAL : new RedisChatPacer(connection);
    }

    @Bean
    @ConditionalOnExpression(REDIS)
    RedisHealth redisHealth(RedisConnection connection) {
        return new RedisHealth(connection);
    }
}

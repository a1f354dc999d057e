package org.rahnama.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Shared state for several bot instances. Empty {@code url} means the embedded default (Caffeine, one process).
 *
 * @param url              {@code redis://[:password@]host:port[/db]} ({@code RAHNAMA_REDIS_URL})
 * @param timeout          connect and command timeout; a slow Redis must not slow every message
 * @param retryInterval    while Redis is unreachable, how often to try it again
 * @param keyPrefix        prefix of every key, so that several bots can share one Redis
 */
@ConfigurationProperties("rahnama.redis")
public record RedisProperties(String url, @DefaultValue("500ms") Duration timeout, @DefaultValue("2s") Duration retryInterval,
                              @DefaultValue("rahnama:") String keyPrefix) {

    public boolean enabled() {
        return url != null && !url.isBlank();
    }
}

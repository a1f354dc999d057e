package org.rahnama.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ttl     how long state is kept after the last message ({@code rahnama.session.ttl}, {@code RAHNAMA_SESSION_TTL})
 * @param maxSize how many sessions the in-process store holds at most ({@code rahnama.session.max-size})
 * @param salt    secret for hashing user ids ({@code RAHNAMA_SESSION_SALT}); set it when state must survive restarts
 *                or be shared between instances
 */
@ConfigurationProperties("rahnama.session")
public record SessionProperties(@DefaultValue("30d") Duration ttl, @DefaultValue("100000") long maxSize, String salt) {
}

package org.rahnama.state;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** {@code /actuator/health} → redis: DOWN during an outage (the bot still answers, with local state). */
final class RedisHealth implements HealthIndicator {

    private final RedisConnection connection;

    RedisHealth(RedisConnection connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        return connection.ping() ? Health.up().build()
                : Health.down().withDetail("fallback", "answering with this instance's local state").build();
    }
}

package org.rahnama.state;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.params.SetParams;

/**
 * Update de-duplication across instances with {@code SET NX EX}: the first instance to claim an update id
 * answers it. When Redis is down each instance falls back to its own log; the ids claimed meanwhile are written
 * to Redis when it is back, so that a later redelivery of them is still refused.
 */
final class RedisUpdateLog implements UpdateLog {

    private final RedisConnection redis;
    private final UpdateLog local;
    private final long retentionSeconds = CaffeineUpdateLog.RETENTION.toSeconds();
    private final Set<Long> claimedDuringOutage = ConcurrentHashMap.newKeySet();

    RedisUpdateLog(RedisConnection redis, UpdateLog local) {
        this.redis = redis;
        this.local = local;
        redis.onRecovery(this::flush);
    }

    @Override
    public boolean firstTime(long updateId) {
        boolean locallyNew = local.firstTime(updateId);
        return redis.run(jedis -> "OK".equals(jedis.set(key(updateId), "1", SetParams.setParams().nx().ex(retentionSeconds))))
                .orElseGet(() -> {
                    if (locallyNew) {
                        claimedDuringOutage.add(updateId);
                    }
                    return locallyNew;
                });
    }

    private String key(long updateId) {
        return redis.key("update", Long.toString(updateId));
    }

    private void flush() {
        for (Long id : Set.copyOf(claimedDuringOutage)) {
            if (redis.tryRun(jedis -> jedis.set(key(id), "1", SetParams.setParams().nx().ex(retentionSeconds)))) {
                claimedDuringOutage.remove(id);
            }
        }
    }
}

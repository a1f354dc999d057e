package org.rahnama.state;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.params.SetParams;

/** Books a per-chat slot with {@code SET NX PX}: whoever holds the key sends, the others wait for it to expire. */
final class RedisChatPacer implements ChatPacer {

    private final RedisConnection redis;

    RedisChatPacer(RedisConnection redis) {
        this.redis = redis;
    }

    @Override
    public long reserve(long chatId, Duration interval) {
        String key = redis.key("pace", Long.toString(chatId));
        return redis.run(jedis -> {
            if ("OK".equals(jedis.set(key, "1", SetParams.setParams().nx().px(Math.max(1, interval.toMillis()))))) {
                return 0L;
            }
            long left = jedis.pttl(key);
            return TimeUnit.MILLISECONDS.toNanos(Math.max(1, left));
        }).orElse(0L);
    }
}

package org.rahnama.state;

/** The flood limit shared by all instances: INCR on a per-person key that expires with the window. */
final class RedisFloodGuard implements FloodGuard {

    private final RedisConnection redis;
    private final FloodGuard local;
    private final int max;
    private final long windowSeconds;

    RedisFloodGuard(RedisConnection redis, FloodGuard local, FloodProperties properties) {
        this.redis = redis;
        this.local = local;
        this.max = properties.maxMessages();
        this.windowSeconds = Math.max(1, properties.window().toSeconds());
    }

    @Override
    public Verdict check(UserKey user) {
        String key = redis.key("flood", user.value());
        return redis.run(jedis -> {
            long count = jedis.incr(key);
            if (count == 1) {
                jedis.expire(key, windowSeconds);
            }
            return CaffeineFloodGuard.verdict(count, max);
        }).orElseGet(() -> local.check(user));
    }
}

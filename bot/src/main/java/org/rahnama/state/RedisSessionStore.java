package org.rahnama.state;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import redis.clients.jedis.params.GetExParams;
import redis.clients.jedis.params.SetParams;

/**
 * Sessions shared by every bot instance, expiring after {@code ttl} without messages (each read renews it). The
 * local store is written through: when Redis is down the bot keeps answering with it, and the sessions changed
 * during the outage (and the /forget requests) are written to Redis when it comes back.
 */
final class RedisSessionStore implements SessionStore {

    private static final String FORGOTTEN = "";

    private final RedisConnection redis;
    private final SessionStore local;
    private final long ttlSeconds;
    private final ConcurrentHashMap<UserKey, String> changedDuringOutage = new ConcurrentHashMap<>();

    RedisSessionStore(RedisConnection redis, SessionStore local, SessionProperties properties) {
        this.redis = redis;
        this.local = local;
        this.ttlSeconds = properties.ttl().toSeconds();
        redis.onRecovery(this::flush);
    }

    private String key(UserKey user) {
        return redis.key("session", user.value());
    }

    @Override
    public Optional<Session> find(UserKey user) {
        Optional<Optional<Session>> shared = redis.run(jedis ->
                Optional.ofNullable(jedis.getEx(key(user), GetExParams.getExParams().ex(ttlSeconds))).map(SessionCodec::decode));
        if (shared.isEmpty() || changedDuringOutage.containsKey(user)) {
            return local.find(user);
        }
        return shared.get();
    }

    @Override
    public void save(UserKey user, Session session) {
        local.save(user, session);
        String value = SessionCodec.encode(session);
        if (!redis.tryRun(jedis -> jedis.set(key(user), value, SetParams.setParams().ex(ttlSeconds)))) {
            changedDuringOutage.put(user, value);
        } else {
            changedDuringOutage.remove(user);
        }
    }

    @Override
    public void forget(UserKey user) {
        local.forget(user);
        if (!redis.tryRun(jedis -> jedis.del(key(user)))) {
            changedDuringOutage.put(user, FORGOTTEN);
        } else {
            changedDuringOutage.remove(user);
        }
    }

    private void flush() {
        Set<UserKey> users = Set.copyOf(changedDuringOutage.keySet());
        for (UserKey user : users) {
            String value = changedDuringOutage.get(user);
            boolean written = value == null || (value.equals(FORGOTTEN)
                    ? redis.tryRun(jedis -> jedis.del(key(user)))
                    : redis.tryRun(jedis -> jedis.set(key(user), value, SetParams.setParams().ex(ttlSeconds))));
            if (written) {
                changedDuringOutage.remove(user, value);
            }
        }
    }
}

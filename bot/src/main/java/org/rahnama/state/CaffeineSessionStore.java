package org.rahnama.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;

/** The embedded default: sessions in process memory, bounded, expiring after inactivity. */
final class CaffeineSessionStore implements SessionStore {

    private final Cache<UserKey, Session> sessions;

    CaffeineSessionStore(SessionProperties properties, Ticker ticker) {
        this.sessions = Caffeine.newBuilder()
                .maximumSize(properties.maxSize())
                .expireAfterAccess(properties.ttl())
                .ticker(ticker)
                .build();
    }

    @Override
    public Optional<Session> find(UserKey user) {
        return Optional.ofNullable(sessions.getIfPresent(user));
    }

    @Override
    public void save(UserKey user, Session session) {
        sessions.put(user, session);
    }

    @Override
    public void forget(UserKey user) {
        sessions.invalidate(user);
    }
}

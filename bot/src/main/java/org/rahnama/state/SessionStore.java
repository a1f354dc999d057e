package org.rahnama.state;

import java.util.Optional;

/** Per-person state, keyed by a hashed user id, expiring after a period without messages. */
public interface SessionStore {

    Optional<Session> find(UserKey user);

    void save(UserKey user, Session session);

    /** Deletes everything kept about the person. */
    void forget(UserKey user);
}

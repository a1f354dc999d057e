package org.rahnama.state;

/**
 * Remembers which Telegram updates were already taken, so that an update Telegram delivers again (after a
 * restart, a webhook retry, or to a second instance) gets no second reply.
 */
public interface UpdateLog {

    /** True the first time an update id is seen, false ever after (within the retention period). */
    boolean firstTime(long updateId);
}

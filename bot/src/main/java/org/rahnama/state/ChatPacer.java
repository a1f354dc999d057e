package org.rahnama.state;

import java.time.Duration;

/**
 * Spaces the messages sent to one chat. Each instance's outbox paces its own sends; with several instances the
 * Redis implementation makes them take turns, so a chat never gets more than Telegram allows.
 */
public interface ChatPacer {

    /** Zero when a message to the chat may go now (the slot is booked), else how many nanoseconds to wait. */
    long reserve(long chatId, Duration interval);

    /** The single-instance pacer: the outbox's own schedule is enough. */
    ChatPacer LOCAL = (chatId, interval) -> 0;
}

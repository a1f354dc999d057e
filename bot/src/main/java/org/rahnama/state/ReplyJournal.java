package org.rahnama.state;

import java.util.List;
import java.util.Optional;

/**
 * Where the replies to an update are kept until Telegram has them. With Redis they are written, together with the
 * mark that the update is answered, before the update is acknowledged to Telegram: a process that stops or dies
 * leaves them for the next instance, which adopts them. Without Redis they live in this process only.
 */
public interface ReplyJournal {

    /** One reply message waiting for Telegram: {@code payload} is the rendered Bot API call. */
    record Entry(String id, long chatId, boolean group, String payload) {
    }

    /** Whether the update was already answered (by this or another instance): a redelivery to drop. */
    boolean answered(long updateId);

    /**
     * Marks the update answered and records its replies, in one step, so that a crash leaves either both or
     * neither. Empty when another delivery of the same update got there first.
     */
    Optional<List<Entry>> record(long updateId, long chatId, boolean group, List<String> payloads);

    /**
     * Whether this instance still owns the message: an instance that fell silent long enough to be taken for stopped
     * has lost its messages to the one that adopted them, and must not send them too.
     */
    boolean stillOwned(Entry entry);

    /** Telegram has the message (or it was given up): it is not delivered again. */
    void delivered(Entry entry);

    /** Messages left by instances that stopped or died, now this instance's to deliver, in their order. */
    List<Entry> adoptOrphans();

    /** This instance stops delivering: what is left is for the next one, at once. */
    void leave();

    /** Whether recorded replies survive this process (Redis), or only live in it. */
    boolean durable();
}

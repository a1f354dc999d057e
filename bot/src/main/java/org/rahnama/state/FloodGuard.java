package org.rahnama.state;

/** Limits how many messages one person makes the bot work on, so a flood cannot slow it for everyone. */
public interface FloodGuard {

    /** What to do with a message. */
    enum Verdict {
        /** Within the limit: answer. */
        ANSWER,
        /** The first message over the limit: say "slow down", do no work. */
        WARN,
        /** Further messages in the same window: no work, no reply. */
        DROP
    }

    Verdict check(UserKey user);
}

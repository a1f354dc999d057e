package org.rahnama.gaps;

import java.time.Instant;
import java.util.List;
import org.rahnama.state.UserKey;

/**
 * Where the editors' loop is kept: counts always, question texts only with the person's yes. In Redis when configured,
 * else in files under {@code rahnama.gaps.folder}. Kept questions are deleted after the retention period and by
 * {@code /forget}.
 */
public interface GapLedger {

    void count(GapCounts.Unanswered question);

    void count(GapCounts.Vote vote);

    void keep(UserKey person, KeptQuestion question);

    /** Deletes every question kept for this person. */
    void forget(UserKey person);

    GapCounts counts();

    /** The kept questions younger than the retention period at {@code now}; older ones are deleted. */
    List<KeptQuestion> questions(Instant now);

    /** Deletes the kept questions older than the retention period at {@code now}. */
    void deleteExpired(Instant now);
}

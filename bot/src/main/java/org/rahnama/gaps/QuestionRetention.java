package org.rahnama.gaps;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes the consented questions older than the retention period every hour, so that they go even when nobody reads
 * the report (reading it deletes them too). The first sweep waits a minute: a start is not slowed by it.
 */
@Component
class QuestionRetention implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QuestionRetention.class);

    private final ScheduledExecutorService sweeper;

    QuestionRetention(GapLedger ledger, Clock clock) {
        this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "question-retention");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                ledger.deleteExpired(clock.instant());
            } catch (RuntimeException e) {
                log.warn("Old consented questions could not be deleted now; next try in an hour ({})", e.getMessage());
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}

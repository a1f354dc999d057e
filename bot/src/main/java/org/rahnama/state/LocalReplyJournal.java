package org.rahnama.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one-process journal: the update log of this process, replies in memory. A hard kill loses what was not sent
 * yet; a graceful stop drains within the grace period first.
 */
final class LocalReplyJournal implements ReplyJournal {

    private final UpdateLog updateLog;
    private final AtomicLong ids = new AtomicLong();

    LocalReplyJournal(UpdateLog updateLog) {
        this.updateLog = updateLog;
    }

    @Override
    public boolean answered(long updateId) {
        return false;
    }

    @Override
    public Optional<List<Entry>> record(long updateId, long chatId, boolean group, List<String> payloads) {
        if (!updateLog.firstTime(updateId)) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        for (String payload : payloads) {
            entries.add(new Entry("local-" + ids.incrementAndGet(), chatId, group, payload));
        }
        return Optional.of(entries);
    }

    @Override
    public boolean stillOwned(Entry entry) {
        return true;
    }

    @Override
    public void delivered(Entry entry) {
    }

    @Override
    public List<Entry> adoptOrphans() {
        return List.of();
    }

    @Override
    public void leave() {
    }

    @Override
    public boolean durable() {
        return false;
    }
}

package org.rahnama.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** In-process update de-duplication; Telegram keeps undelivered updates for 24 hours, so a day is enough. */
final class CaffeineUpdateLog implements UpdateLog {

    static final Duration RETENTION = Duration.ofHours(25);

    private final Cache<Long, Boolean> seen;

    CaffeineUpdateLog(Ticker ticker) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(RETENTION).maximumSize(2_000_000).ticker(ticker).build();
    }

    @Override
    public boolean firstTime(long updateId) {
        return seen.asMap().putIfAbsent(updateId, Boolean.TRUE) == null;
    }
}

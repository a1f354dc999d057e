package org.rahnama.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts messages per person in a fixed window, in process memory. */
final class CaffeineFloodGuard implements FloodGuard {

    private final Cache<UserKey, AtomicInteger> counts;
    private final int max;

    CaffeineFloodGuard(FloodProperties properties, Ticker ticker) {
        this.max = properties.maxMessages();
        this.counts = Caffeine.newBuilder().expireAfterWrite(properties.window()).maximumSize(200_000).ticker(ticker).build();
    }

    @Override
    public Verdict check(UserKey user) {
        int count = counts.get(user, k -> new AtomicInteger()).incrementAndGet();
        return verdict(count, max);
    }

    static Verdict verdict(long count, int max) {
        if (count <= max) {
            return Verdict.ANSWER;
        }
        return count == max + 1L ? Verdict.WARN : Verdict.DROP;
    }
}

package org.rahnama.state;

import java.util.Map;
import java.util.Optional;
import org.rahnama.language.Language;

/**
 * Tickets in Redis, so that a caseworker's reply reaches the person whichever instance receives it. One hash per
 * ticket ({@code rahnama:ticket:N}) expiring after the ticket's lifetime; numbers from one shared counter. While
 * Redis is away, tickets are opened in this process, numbered from {@link #OUTAGE_NUMBERS} on so that they never take
 * a shared number, and the tickets this instance has read go on working from its copy.
 */
final class RedisTicketStore implements TicketStore {

    /** Far above what the shared counter reaches, and apart for each instance. */
    static final long OUTAGE_NUMBERS = 9_000_000 + 1000L * new java.util.Random().nextInt(900);

    private final RedisConnection redis;
    private final CaffeineTicketStore local;
    private final long ttlSeconds;

    RedisTicketStore(RedisConnection redis, CaffeineTicketStore local, TicketProperties properties) {
        this.redis = redis;
        this.local = local;
        this.ttlSeconds = properties.ticketTtl().toSeconds();
    }

    private String key(long number) {
        return redis.key("ticket", Long.toString(number));
    }

    @Override
    public Ticket open(String address, Language language) {
        Optional<Ticket> shared = redis.run(jedis -> {
            long number = jedis.incr(redis.key("ticket", "numbers"));
            Ticket ticket = new Ticket(number, address, language);
            jedis.hset(key(number), Map.of("address", address, "language", language.code()));
            jedis.expire(key(number), ttlSeconds);
            return ticket;
        });
        return shared.orElseGet(() -> local.open(address, language));
    }

    @Override
    public Optional<Ticket> find(long number) {
        Optional<Map<String, String>> fields = number >= OUTAGE_NUMBERS ? Optional.empty()
                : redis.run(jedis -> jedis.hgetAll(key(number)));
        if (fields.isEmpty()) {
            return local.find(number);
        }
        // Redis answered: it alone says whether the ticket is open (another instance may have closed it).
        Map<String, String> f = fields.get();
        Optional<Language> language = Language.fromCode(f.getOrDefault("language", ""));
        if (f.isEmpty() || language.isEmpty()) {
            local.close(number);
            return Optional.empty();
        }
        Ticket ticket = new Ticket(number, f.get("address"), language.get());
        local.keep(ticket);
        return Optional.of(ticket);
    }

    @Override
    public boolean close(long number) {
        boolean here = local.close(number);
        if (number >= OUTAGE_NUMBERS) {
            return here;
        }
        return redis.run(jedis -> jedis.del(key(number)) > 0).orElse(here);
    }
}

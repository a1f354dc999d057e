package org.rahnama.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.params.SetParams;

/**
 * The journal in Redis. Each instance appends the replies it owes to its own list ({@code outbox:journal:ID}) in the
 * same script that marks the update answered, and keeps a heartbeat ({@code outbox:alive:ID}) while it runs. An
 * instance whose heartbeat has expired has stopped: another instance moves its whole list into its own, in one
 * script, so that exactly one instance adopts it. A message leaves the list once Telegram has answered 200.
 */
final class RedisReplyJournal implements ReplyJournal, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisReplyJournal.class);
    /** A stopped instance is recognised this long after its last heartbeat. */
    static final Duration HEARTBEAT_TTL = Duration.ofSeconds(6);
    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(2);
    private static final Duration SAFETY_MARGIN = Duration.ofSeconds(2);

    private static final String RECORD = """
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              for i = 3, #ARGV do redis.call('RPUSH', KEYS[2], ARGV[i]) end
              redis.call('SADD', KEYS[3], ARGV[2])
              return 1
            end
            return 0
            """;
    private static final String ADOPT = """
            if redis.call('EXISTS', KEYS[4]) == 1 then return {} end
            local entries = redis.call('LRANGE', KEYS[1], 0, -1)
            for i = 1, #entries do redis.call('RPUSH', KEYS[2], entries[i]) end
            redis.call('DEL', KEYS[1])
            redis.call('SREM', KEYS[3], ARGV[1])
            if #entries > 0 then redis.call('SADD', KEYS[3], ARGV[2]) end
            return entries
            """;

    private final RedisConnection redis;
    private final UpdateLog updateLog;
    private final String instance = UUID.randomUUID().toString();
    private final long retentionSeconds = CaffeineUpdateLog.RETENTION.toSeconds();
    private final AtomicLong ids = new AtomicLong();
    /** When the last heartbeat was written: while it is fresh, nobody can have adopted this instance's journal. */
    private volatile long lastBeat = System.nanoTime() - HEARTBEAT_TTL.toNanos();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-heartbeat");
        t.setDaemon(true);
        return t;
    });

    RedisReplyJournal(RedisConnection redis, UpdateLog updateLog) {
        this.redis = redis;
        this.updateLog = updateLog;
        beat();
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_EVERY.toMillis(), HEARTBEAT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        long before = System.nanoTime();
        if (redis.tryRun(jedis -> jedis.set(alive(instance), "1", SetParams.setParams().px(HEARTBEAT_TTL.toMillis())))) {
            lastBeat = before;
        }
    }

    @Override
    public boolean answered(long updateId) {
        return redis.run(jedis -> jedis.exists(update(updateId))).orElse(false);
    }

    @Override
    public Optional<List<Entry>> record(long updateId, long chatId, boolean group, List<String> payloads) {
        List<Entry> entries = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of(Long.toString(retentionSeconds), instance));
        for (String payload : payloads) {
            Entry entry = new Entry(instance + ":" + ids.incrementAndGet(), chatId, group, payload);
            entries.add(entry);
            args.add(encode(entry));
        }
        Optional<Object> recorded = redis.run(jedis -> jedis.eval(RECORD, List.of(update(updateId), journal(instance), instances()), args));
        if (recorded.isPresent()) {
            return Long.valueOf(1).equals(recorded.get()) ? Optional.of(entries) : Optional.empty();
        }
        // Redis is down: answer from this process as before Redis (the update log keeps the claim for later).
        if (!updateLog.firstTime(updateId)) {
            return Optional.empty();
        }
        List<Entry> inMemory = new ArrayList<>();
        for (Entry entry : entries) {
            inMemory.add(new Entry("memory:" + entry.id(), chatId, group, entry.payload()));
        }
        return Optional.of(inMemory);
    }

    /**
     * Adoption needs this instance's heartbeat to have expired, so while the last one is fresh the answer is yes
     * without asking Redis; after a silence (a long pause, a lost connection) the entry itself is looked up.
     */
    @Override
    public boolean stillOwned(Entry entry) {
        if (entry.id().startsWith("memory:") || System.nanoTime() - lastBeat < HEARTBEAT_TTL.minus(SAFETY_MARGIN).toNanos()) {
            return true;
        }
        return redis.run(jedis -> jedis.lpos(journal(instance), encode(entry)) != null).orElse(true);
    }

    @Override
    public void delivered(Entry entry) {
        if (!entry.id().startsWith("memory:")) {
            redis.tryRun(jedis -> jedis.lrem(journal(instance), 1, encode(entry)));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Entry> adoptOrphans() {
        List<Entry> adopted = new ArrayList<>();
        for (String other : redis.run(jedis -> jedis.smembers(instances())).orElse(java.util.Set.of())) {
            if (other.equals(instance)) {
                continue;
            }
            List<String> moved = (List<String>) redis.run(jedis -> jedis.eval(ADOPT,
                    List.of(journal(other), journal(instance), instances(), alive(other)), List.of(other, instance))).orElse(List.of());
            for (String encoded : moved) {
                decode(encoded).ifPresent(adopted::add);
            }
            if (!moved.isEmpty()) {
                log.info("Adopted {} undelivered replies of a stopped instance", moved.size());
            }
        }
        return adopted;
    }

    @Override
    public void leave() {
        heartbeat.shutdownNow();
        // Without a heartbeat others may adopt at once: from now on ownership is looked up, not assumed.
        lastBeat = System.nanoTime() - HEARTBEAT_TTL.toNanos();
        redis.tryRun(jedis -> jedis.del(alive(instance)));
    }

    @Override
    public boolean durable() {
        return true;
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    /** {@code id|chat|group|payload}: the first three never contain '|', the payload may. */
    static String encode(Entry entry) {
        return entry.id() + "|" + entry.chatId() + "|" + (entry.group() ? 1 : 0) + "|" + entry.payload();
    }

    static Optional<Entry> decode(String encoded) {
        String[] f = encoded.split("\\|", 4);
        if (f.length < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(f[0], Long.parseLong(f[1]), "1".equals(f[2]), f[3]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String update(long updateId) {
        return redis.key("update", Long.toString(updateId));
    }

    private String journal(String id) {
        return redis.key("outbox", "journal", id);
    }

    private String alive(String id) {
        return redis.key("outbox", "alive", id);
    }

    private String instances() {
        return redis.key("outbox", "instances");
    }
}

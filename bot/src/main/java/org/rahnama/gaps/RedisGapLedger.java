package org.rahnama.gaps;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rahnama.state.RedisConnection;
import org.rahnama.state.UserKey;

/**
 * The ledger shared by every instance: counts in two hashes ({@code rahnama:gaps:unanswered}, {@code rahnama:gaps:votes});
 * kept questions in one sorted set by time ({@code rahnama:gaps:questions}), each also listed under its person
 * ({@code rahnama:gaps:person:KEY}) so that {@code /forget} finds them. While Redis is away nothing is kept: a count is
 * lost, and a question is not kept rather than kept where {@code /forget} could miss it.
 */
final class RedisGapLedger implements GapLedger {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RedisGapLedger.class);

    private final RedisConnection redis;
    private final Duration retention;

    RedisGapLedger(RedisConnection redis, Duration retention) {
        this.redis = redis;
        this.retention = retention;
    }

    @Override
    public void count(GapCounts.Unanswered question) {
        increment("unanswered", GapLines.key(question));
    }

    @Override
    public void count(GapCounts.Vote vote) {
        increment("votes", GapLines.key(vote));
    }

    private void increment(String hash, String field) {
        if (!redis.tryRun(jedis -> jedis.hincrBy(redis.key("gaps", hash), field, 1))) {
            log.warn("Redis is away: one {} count is lost", hash);
        }
    }

    @Override
    public void keep(UserKey person, KeptQuestion question) {
        String member = GapLines.question(person.value(), question);
        String byPerson = redis.key("gaps", "person", person.value());
        boolean kept = redis.tryRun(jedis -> {
            jedis.zadd(redis.key("gaps", "questions"), question.at().getEpochSecond(), member);
            jedis.sadd(byPerson, member);
            jedis.expire(byPerson, retention.toSeconds());
        });
        if (!kept) {
            log.warn("Redis is away: a consented question was not kept");
        }
    }

    @Override
    public void forget(UserKey person) {
        String byPerson = redis.key("gaps", "person", person.value());
        boolean done = redis.tryRun(jedis -> {
            for (String member : jedis.smembers(byPerson)) {
                jedis.zrem(redis.key("gaps", "questions"), member);
            }
            jedis.del(byPerson);
        });
        if (!done) {
            throw new IllegalStateException("Redis is away: the kept questions could not be deleted");
        }
    }

    @Override
    public GapCounts counts() {
        return new GapCounts(read("unanswered", GapLines::unanswered), read("votes", GapLines::vote));
    }

    private <K> Map<K, Long> read(String hash, Function<String, Optional<K>> parser) {
        Map<K, Long> counts = new HashMap<>();
        redis.run(jedis -> jedis.hgetAll(redis.key("gaps", hash))).orElseThrow(() -> new IllegalStateException("Redis is away"))
                .forEach((field, value) -> parser.apply(field).ifPresent(k -> counts.merge(k, Long.parseLong(value), Long::sum)));
        return counts;
    }

    @Override
    public List<KeptQuestion> questions(Instant now) {
        deleteExpired(now);
        return redis.run(jedis -> jedis.zrange(redis.key("gaps", "questions"), 0, -1))
                .orElseThrow(() -> new IllegalStateException("Redis is away")).stream()
                .map(GapLines::question).flatMap(Optional::stream).toList();
    }

    @Override
    public void deleteExpired(Instant now) {
        long oldest = now.minus(retention).getEpochSecond();
        redis.run(jedis -> jedis.zremrangeByScore(redis.key("gaps", "questions"), Double.NEGATIVE_INFINITY, oldest - 1))
                .orElseThrow(() -> new IllegalStateException("Redis is away"));
    }
}

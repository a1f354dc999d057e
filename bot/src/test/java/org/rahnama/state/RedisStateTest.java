package org.rahnama.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rahnama.language.Language;

/** The Redis implementations against a real redis-server, checked with raw Redis commands. */
class RedisStateTest {

    private RedisServer server;
    private RedisConnection redis;
    private final SessionProperties sessions = new SessionProperties(Duration.ofDays(30), 1000, "test-salt");
    private final UserKey user = new UserKeys(sessions).of("telegram", "777000111");

    @BeforeEach
    void start() throws Exception {
        server = new RedisServer();
        redis = server.connect();
    }

    @AfterEach
    void stop() throws Exception {
        redis.close();
        server.close();
    }

    private RedisSessionStore store() {
        return new RedisSessionStore(redis, new CaffeineSessionStore(sessions, Ticker.systemTicker()), sessions);
    }

    @Test
    void session_isStoredUnderAHashedKey_withAThirtyDayTtl_andNoMessageText() throws Exception {
        store().save(user, Session.empty().withLanguage(Language.PRS).withLocation("05100", "05"));
        String keys = server.command("KEYS", "*");
        assertThat(keys).contains("rahnama:session:" + user.value()).doesNotContain("777000111");
        long ttl = Long.parseLong(server.command("TTL", "rahnama:session:" + user.value()).substring(1));
        assertThat(ttl).isBetween(Duration.ofDays(30).toSeconds() - 5, Duration.ofDays(30).toSeconds());
        assertThat(server.command("GET", "rahnama:session:" + user.value())).contains("prs|05100|05");
    }

    @Test
    void forget_deletesTheSessionFromRedisItself() throws Exception {
        RedisSessionStore store = store();
        store.save(user, Session.empty().withLanguage(Language.TI));
        store.forget(user);
        assertThat(server.command("EXISTS", "rahnama:session:" + user.value())).isEqualTo(":0");
        assertThat(store.find(user)).isEmpty();
    }

    @Test
    void sameUpdateId_isFirstOnlyOnce_acrossInstances() {
        UpdateLog a = new RedisUpdateLog(redis, new CaffeineUpdateLog(Ticker.systemTicker()));
        UpdateLog b = new RedisUpdateLog(redis, new CaffeineUpdateLog(Ticker.systemTicker()));
        assertThat(a.firstTime(900_001)).isTrue();
        assertThat(b.firstTime(900_001)).isFalse();
        assertThat(a.firstTime(900_001)).isFalse();
    }

    @Test
    void outage_fallsBackToLocalState_andWhatChangedMeanwhileReachesRedisWhenItIsBack() throws Exception {
        RedisSessionStore store = store();
        store.save(user, Session.empty().withLanguage(Language.AR));
        server.kill();
        store.save(user, Session.empty().withLanguage(Language.PS));
        assertThat(store.find(user)).get().extracting(Session::language).isEqualTo(Language.PS);
        assertThat(redis.up()).isFalse();

        server.start();
        Thread.sleep(150);
        assertThat(redis.ping()).isTrue();
        assertThat(server.command("GET", "rahnama:session:" + user.value())).contains("ps|");
    }

    @Test
    void updateClaimedDuringAnOutage_isStillRefusedAfterRecovery() throws Exception {
        UpdateLog a = new RedisUpdateLog(redis, new CaffeineUpdateLog(Ticker.systemTicker()));
        server.kill();
        assertThat(a.firstTime(900_002)).isTrue();
        server.start();
        Thread.sleep(150);
        redis.ping();
        UpdateLog b = new RedisUpdateLog(redis, new CaffeineUpdateLog(Ticker.systemTicker()));
        assertThat(b.firstTime(900_002)).isFalse();
    }

    @Test
    void flood_getsOneWarningThenSilence_sharedBetweenInstances() {
        FloodProperties limit = new FloodProperties(3, Duration.ofMinutes(1));
        FloodGuard a = new RedisFloodGuard(redis, new CaffeineFloodGuard(limit, Ticker.systemTicker()), limit);
        FloodGuard b = new RedisFloodGuard(redis, new CaffeineFloodGuard(limit, Ticker.systemTicker()), limit);
        assertThat(a.check(user)).isEqualTo(FloodGuard.Verdict.ANSWER);
        assertThat(b.check(user)).isEqualTo(FloodGuard.Verdict.ANSWER);
        assertThat(a.check(user)).isEqualTo(FloodGuard.Verdict.ANSWER);
        assertThat(b.check(user)).isEqualTo(FloodGuard.Verdict.WARN);
        assertThat(a.check(user)).isEqualTo(FloodGuard.Verdict.DROP);
    }

    @Test
    void chatPacing_isSharedBetweenInstances() {
        ChatPacer a = new RedisChatPacer(redis);
        ChatPacer b = new RedisChatPacer(redis);
        assertThat(a.reserve(42, Duration.ofSeconds(1))).isZero();
        assertThat(b.reserve(42, Duration.ofSeconds(1))).isPositive();
        assertThat(b.reserve(43, Duration.ofSeconds(1))).isZero();
    }
}

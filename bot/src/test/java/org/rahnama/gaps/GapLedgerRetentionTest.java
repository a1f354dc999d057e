package org.rahnama.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rahnama.language.Language;
import org.rahnama.state.RedisConnection;
import org.rahnama.state.RedisServer;
import org.rahnama.state.UserKey;

/** A consented question lives 90 days in either ledger, and /forget takes it at once. */
class GapLedgerRetentionTest {

    static final Duration NINETY_DAYS = Duration.ofDays(90);
    static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    static RedisServer server;
    static RedisConnection redis;

    @BeforeAll
    static void start() throws Exception {
        server = new RedisServer();
        redis = server.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        redis.close();
        server.close();
    }

    @BeforeEach
    void empty() {
        redis.run(jedis -> jedis.flushAll());
    }

    static List<GapLedger> ledgers() throws Exception {
        return List.of(new RedisGapLedger(redis, NINETY_DAYS), new FileGapLedger(Files.createTempDirectory("gaps"), NINETY_DAYS));
    }

    private static KeptQuestion asked(Instant at, String text) {
        return new KeptQuestion(at, Language.FR, "asylum-application", Reason.UNSURE, text);
    }

    @Test
    void questionsOlderThanNinetyDays_areDeleted_youngerOnesStay() throws Exception {
        for (GapLedger ledger : ledgers()) {
            ledger.keep(new UserKey("old"), asked(NOW.minus(Duration.ofDays(91)), "une vieille question"));
            ledger.keep(new UserKey("young"), asked(NOW.minus(Duration.ofDays(89)), "une question récente"));
            ledger.deleteExpired(NOW);
            assertThat(ledger.questions(NOW)).extracting(KeptQuestion::text).containsExactly("une question récente");
        }
    }

    @Test
    void forget_deletesOnlyThatPersonsQuestions() throws Exception {
        for (GapLedger ledger : ledgers()) {
            ledger.keep(new UserKey("a"), asked(NOW, "question de A"));
            ledger.keep(new UserKey("b"), asked(NOW, "question de B"));
            ledger.forget(new UserKey("a"));
            assertThat(ledger.questions(NOW)).extracting(KeptQuestion::text).contains("question de B").doesNotContain("question de A");
        }
    }
}

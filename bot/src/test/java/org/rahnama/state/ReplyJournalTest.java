package org.rahnama.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reply journal in a real Redis: what one instance could not deliver, exactly one other adopts, once. */
class ReplyJournalTest {

    private RedisServer server;
    private RedisConnection redis;

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

    private RedisReplyJournal journal() {
        return new RedisReplyJournal(redis, new RedisUpdateLog(redis, new CaffeineUpdateLog(Ticker.systemTicker())));
    }

    @Test
    void repliesDeliveredBeforeAStop_areNotAdopted_theOthersAreAdoptedOnceInOrder() {
        RedisReplyJournal first = journal();
        List<ReplyJournal.Entry> one = first.record(1, 101, false, List.of("sendmessage {\"a\":1}", "sendmessage {\"a\":2}")).orElseThrow();
        List<ReplyJournal.Entry> two = first.record(2, 102, false, List.of("sendmessage {\"b\":1}")).orElseThrow();
        first.delivered(one.getFirst());
        first.leave();

        RedisReplyJournal second = journal();
        RedisReplyJournal third = journal();
        assertThat(second.adoptOrphans()).extracting(ReplyJournal.Entry::payload)
                .containsExactly("sendmessage {\"a\":2}", "sendmessage {\"b\":1}");
        assertThat(third.adoptOrphans()).as("adopted by one instance only").isEmpty();
        assertThat(two).hasSize(1);
    }

    @Test
    void anUpdateRecordedOnce_isRefusedTheSecondTime_byAnyInstance() {
        RedisReplyJournal first = journal();
        RedisReplyJournal second = journal();
        assertThat(first.record(7, 101, false, List.of("sendmessage {}"))).isPresent();
        assertThat(second.answered(7)).isTrue();
        assertThat(second.record(7, 101, false, List.of("sendmessage {}"))).isEmpty();
    }

    @Test
    void anInstanceWhoseRepliesWereAdopted_knowsThemNoLongerItsOwn() {
        RedisReplyJournal silent = journal();
        ReplyJournal.Entry entry = silent.record(4, 104, false, List.of("sendmessage {}")).orElseThrow().getFirst();
        assertThat(silent.stillOwned(entry)).isTrue();
        silent.leave();
        assertThat(journal().adoptOrphans()).hasSize(1);
        assertThat(silent.stillOwned(entry)).isFalse();
    }

    @Test
    void aLiveInstancesReplies_areNotAdopted() {
        RedisReplyJournal alive = journal();
        alive.record(3, 103, false, List.of("sendmessage {}"));
        assertThat(journal().adoptOrphans()).isEmpty();
    }
}

package org.rahnama.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rahnama.language.Language;

class CaffeineSessionStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SessionProperties properties = new SessionProperties(Duration.ofDays(30), 100, "salt");
    private final CaffeineSessionStore store = new CaffeineSessionStore(properties, nanos::get);
    private final UserKey user = new UserKeys(properties).of("telegram", "1");

    @Test
    void session_expiresAfterThirtyDaysWithoutMessages() {
        store.save(user, Session.empty().withLanguage(Language.FR));
        nanos.addAndGet(TimeUnit.DAYS.toNanos(29));
        assertThat(store.find(user)).isPresent();
        nanos.addAndGet(TimeUnit.DAYS.toNanos(29));
        assertThat(store.find(user)).isPresent();
        nanos.addAndGet(TimeUnit.DAYS.toNanos(31));
        assertThat(store.find(user)).isEmpty();
    }

    @Test
    void userIds_areHashedWithTheSalt() {
        UserKeys keys = new UserKeys(properties);
        assertThat(keys.of("telegram", "1")).isEqualTo(keys.of("telegram", "1")).isNotEqualTo(keys.of("telegram", "2"));
        assertThat(keys.of("telegram", "123456789").value()).doesNotContain("123456789").hasSize(32);
        assertThat(new UserKeys(new SessionProperties(Duration.ofDays(1), 1, "other")).of("telegram", "1")).isNotEqualTo(keys.of("telegram", "1"));
    }
}

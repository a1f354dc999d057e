package org.rahnama.benchmarks;

import java.io.File;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.rahnama.RahnamaApplication;
import org.rahnama.language.Language;
import org.rahnama.state.FloodGuard;
import org.rahnama.state.Session;
import org.rahnama.state.SessionStore;
import org.rahnama.state.UpdateLog;
import org.rahnama.state.UserKey;
import org.rahnama.state.UserKeys;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What shared state costs a message in Redis mode, on loopback: the update claim (SET NX), the flood check (INCR),
 * reading and writing the session (GETEX, SET EX), the calls the bot makes for every message.
 */
public final class StateOverhead {

    private StateOverhead() {
    }

    public static void main(String[] args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process redis = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--save", "", "--appendonly", "no")
                .redirectOutput(new File("benchmarks/target/state-redis.log")).start();
        Thread.sleep(500);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RahnamaApplication.class)
                .web(WebApplicationType.NONE).properties("logging.level.root=WARN", "spring.main.banner-mode=off",
                        "rahnama.redis.url=redis://127.0.0.1:" + port, "rahnama.session.salt=bench").run()) {
            SessionStore sessions = context.getBean(SessionStore.class);
            UpdateLog updates = context.getBean(UpdateLog.class);
            FloodGuard flood = context.getBean(FloodGuard.class);
            UserKeys keys = context.getBean(UserKeys.class);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 40_000; i++) {
                UserKey user = keys.of("telegram", Integer.toString(i % 2000));
                long t = System.nanoTime();
                updates.firstTime(i);
                flood.check(user);
                Session session = sessions.find(user).orElse(Session.empty());
                sessions.save(user, session.withLanguage(Language.PRS));
                if (i >= 10_000) {
                    times.add(System.nanoTime() - t);
                }
            }
            Collections.sort(times);
            System.out.printf("Redis state per message (claim + flood + read + write), %d messages: p50 %.3f ms, p99 %.3f ms%n",
                    times.size(), times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.99)) / 1e6);
        } finally {
            redis.destroy();
        }
    }
}

package org.rahnama.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rahnama.RahnamaApplication;
import org.rahnama.conversation.Conversation;
import org.rahnama.conversation.IncomingMessage;
import org.rahnama.state.RedisServer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.RedisClient;

/**
 * What the bot writes down, looked for where it writes: Redis and the data folder. Without the person's yes, no word
 * they wrote; with it, the unanswered questions, masked, until {@code /forget}.
 */
class NoTextWithoutConsentTest {

    static RedisServer redis;
    static Path dataFolder;
    static ConfigurableApplicationContext withRedis;
    static ConfigurableApplicationContext withFiles;

    /** Words of the conversation below that must not be found anywhere without consent. */
    static final List<String> WRITTEN = List.of("Benali", "0612345678", "bruit", "Lyon", "apprendre");

    @BeforeAll
    static void start() throws IOException {
        redis = new RedisServer();
        dataFolder = Files.createTempDirectory("gaps");
        withRedis = instance("rahnama.redis.url=" + redis.url());
        withFiles = instance("rahnama.gaps.folder=" + dataFolder);
    }

    private static ConfigurableApplicationContext instance(String property) {
        return new SpringApplicationBuilder(RahnamaApplication.class).web(WebApplicationType.NONE)
                .properties(property, "rahnama.session.salt=test", "spring.main.banner-mode=off").run();
    }

    @AfterAll
    static void stop() throws Exception {
        withRedis.close();
        withFiles.close();
        redis.close();
    }

    private static void converse(ConfigurableApplicationContext instance, String person) {
        Conversation conversation = instance.getBean(Conversation.class);
        conversation.handle(IncomingMessage.action("telegram", person, "lang:fr"));
        conversation.handle(IncomingMessage.text("telegram", person, "Mon voisin Karim Benali fait du bruit, appelez-le au 0612345678"));
        conversation.handle(IncomingMessage.text("telegram", person, "Quel temps fera-t-il à Lyon demain ?"));
        conversation.handle(IncomingMessage.action("telegram", person, "teamno"));
        conversation.handle(IncomingMessage.text("telegram", person, "Où apprendre le français ?"));
        conversation.handle(IncomingMessage.action("telegram", person, "nothelped:french-courses-ofii"));
    }

    @Test
    void conversationWithoutConsent_leavesCountsButNoWordOfItInRedisOrTheDataFolder() throws IOException {
        converse(withRedis, "7001");
        converse(withFiles, "7001");

        String inRedis = everythingInRedis();
        String inFiles = everythingIn(dataFolder);
        assertThat(WRITTEN).allSatisfy(word -> {
            assertThat(inRedis).doesNotContain(word);
            assertThat(inFiles).doesNotContain(word);
        });
        // It did record something: the counts, which hold no text.
        assertThat(withRedis.getBean(GapLedger.class).counts().unanswered()).isNotEmpty();
        assertThat(withFiles.getBean(GapLedger.class).counts().unanswered()).isNotEmpty();
        assertThat(withFiles.getBean(GapLedger.class).questions(Instant.now())).isEmpty();
    }

    @Test
    void withConsent_unansweredQuestionsAreKeptMasked_andForgetDeletesThem() {
        for (ConfigurableApplicationContext instance : List.of(withRedis, withFiles)) {
            Conversation conversation = instance.getBean(Conversation.class);
            conversation.handle(IncomingMessage.action("telegram", "7002", "lang:fr"));
            conversation.handle(IncomingMessage.action("telegram", "7002", "share"));
            conversation.handle(IncomingMessage.text("telegram", "7002",
                    "Mon dossier 7512345678 est bloqué, écrivez à karim.b@example.org ou au +33 6 12 34 56 78, le voisin fait du bruit"));
            GapLedger ledger = instance.getBean(GapLedger.class);
            List<KeptQuestion> kept = ledger.questions(Instant.now());
            assertThat(kept).extracting(KeptQuestion::text).anySatisfy(text -> assertThat(text)
                    .contains("[number]", "[e-mail]", "[phone]").doesNotContain("7512345678", "karim.b", "56 78"));

            conversation.handle(IncomingMessage.text("telegram", "7002", "/forget"));
            assertThat(ledger.questions(Instant.now())).isEmpty();
        }
    }

    private static String everythingInRedis() {
        List<String> values = new ArrayList<>();
        try (RedisClient jedis = RedisClient.builder().hostAndPort("127.0.0.1", redis.port()).build()) {
            for (String key : jedis.keys("*")) {
                values.add(key);
                switch (jedis.type(key)) {
                    case "string" -> values.add(jedis.get(key));
                    case "hash" -> values.add(jedis.hgetAll(key).toString());
                    case "set" -> values.add(jedis.smembers(key).toString());
                    case "zset" -> values.add(jedis.zrange(key, 0, -1).toString());
                    case "list" -> values.add(jedis.lrange(key, 0, -1).toString());
                    default -> values.add(jedis.type(key));
                }
            }
        }
        return String.join("\n", values);
    }

    private static String everythingIn(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(file).append('\n').append(Files.readString(file)).append('\n');
            }
        }
        return all.toString();
    }
}

package org.rahnama.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.rahnama.language.Language;
import org.rahnama.language.TextNormalizer;

/**
 * Answers to questions already asked: many people ask the same thing in the same words ("CAF", "titre de
 * séjour renouvellement"), and a search costs a hundred times a lookup. The key is a digest of the folded
 * question, so no message text is kept, not even in memory; a reload of the knowledge base empties the cache.
 */
final class AnswerCache {

    private static final int MAX_ANSWERS = 10_000;
    private static final Duration KEPT = Duration.ofHours(1);

    private record Key(long generation, Language language, List<String> intents, long digestHigh, long digestLow) {
    }

    /** Bumped on every reload: an answer searched in the previous index can never be served after the swap. */
    private final AtomicLong generation = new AtomicLong();

    private final Cache<Key, Optional<Answer>> answers = Caffeine.newBuilder()
            .maximumSize(MAX_ANSWERS).expireAfterWrite(KEPT).recordStats().build();

    /** Read before the index the search will use, so that a search racing a reload is filed under the old one. */
    long generation() {
        return generation.get();
    }

    Optional<Answer> get(long generation, Language language, String text, List<String> intents, Supplier<Optional<Answer>> search) {
        ByteBuffer digest = ByteBuffer.wrap(sha256(TextNormalizer.fold(text)));
        Key key = new Key(generation, language, List.copyOf(intents), digest.getLong(), digest.getLong());
        return answers.get(key, k -> search.get());
    }

    void clear() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    Cache<?, ?> cache() {
        return answers;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}

package org.rahnama.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rahnama.data.DataFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reloads the knowledge base when a file under a knowledge-base folder on disk is added, changed or deleted.
 * Polls a fingerprint of names, sizes and modification times: it works on every file system (bind mounts and
 * network shares included, where watch events are unreliable) and costs microseconds for a few hundred files.
 */
@Component
class KnowledgeWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final ScheduledExecutorService scheduler;

    KnowledgeWatcher(DataFolders folders, KnowledgeBase knowledgeBase,
                     @Value("${rahnama.knowledge.reload-interval:2s}") Duration interval) {
        Path root = folders.knowledgeBase().directory().orElse(null);
        if (root == null) {
            this.scheduler = null;
            return;
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knowledge-watcher");
            t.setDaemon(true);
            return t;
        });
        long[] last = {fingerprint(root)};
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                long now = fingerprint(root);
                if (now != last[0]) {
                    last[0] = now;
                    log.info("Knowledge base changed on disk: reloading");
                    knowledgeBase.reload();
                }
            } catch (RuntimeException e) {
                log.error("Knowledge base reload failed; the previous index stays in use", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watching {} for edits every {}", root, interval);
    }

    static long fingerprint(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return p.toString().hashCode() * 31L + Files.getLastModifiedTime(p).toMillis() * 17L + Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).reduce(1, (a, b) -> a * 1_000_003L ^ b);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void destroy() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}

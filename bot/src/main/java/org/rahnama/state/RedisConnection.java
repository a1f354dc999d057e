package org.rahnama.state;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The Redis client with an outage switch: a failing command marks Redis down (logged once) and the callers fall
 * back to local state; while down, Redis is tried again at most every {@code retryInterval}, so that an outage
 * does not add a timeout to every message. The first success after an outage runs the recovery listeners.
 */
public final class RedisConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisConnection.class);

    private final RedisClient client;
    private final String prefix;
    private final long retryNanos;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicLong nextTry = new AtomicLong();
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redis-recovery-probe");
        t.setDaemon(true);
        return t;
    });
    private final java.util.List<Runnable> recoveryListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public RedisConnection(RedisProperties properties) {
        URI uri = URI.create(properties.url());
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis((int) properties.timeout().toMillis())
                .socketTimeoutMillis((int) properties.timeout().toMillis());
        if (uri.getUserInfo() != null) {
            String[] credentials = uri.getUserInfo().split(":", 2);
            if (credentials.length == 2) {
                if (!credentials[0].isEmpty()) {
                    config.user(credentials[0]);
                }
                config.password(credentials[1]);
            } else {
                config.password(credentials[0]);
            }
        }
        if (uri.getPath() != null && uri.getPath().length() > 1) {
            config.database(Integer.parseInt(uri.getPath().substring(1)));
        }
        this.client = RedisClient.builder().hostAndPort(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379)
                .clientConfig(config.build()).build();
        this.prefix = properties.keyPrefix();
        this.retryNanos = properties.retryInterval().toNanos();
    }

    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    /** Runs a command; empty when Redis is down or the command failed (the caller uses local state). */
    public <T> Optional<T> run(Function<UnifiedJedis, T> command) {
        if (!up.get() && System.nanoTime() < nextTry.get()) {
            return Optional.empty();
        }
        try {
            T result = applyWithOneReconnect(command);
            if (up.compareAndSet(false, true)) {
                log.warn("Redis is back: shared state resumes");
                recoveryListeners.forEach(Runnable::run);
            }
            return Optional.ofNullable(result);
        } catch (JedisException e) {
            markDown(e);
            return Optional.empty();
        }
    }

    /**
     * A pooled connection broken by a Redis restart fails once; the failure evicts it, so one immediate retry on a
     * fresh connection tells a restarted Redis from a dead one.
     */
    private <T> T applyWithOneReconnect(Function<UnifiedJedis, T> command) {
        try {
            return command.apply(client);
        } catch (JedisConnectionException e) {
            return command.apply(client);
        }
    }

    private void markDown(JedisException e) {
        nextTry.set(System.nanoTime() + retryNanos);
        if (up.compareAndSet(true, false)) {
            log.error("Redis unreachable ({}): answering with local state until it is back", e.getMessage());
            probe.schedule(this::probe, retryNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** While down, pings Redis in the background so that recovery (and the flush of local changes) needs no message. */
    private void probe() {
        if (up.get()) {
            return;
        }
        nextTry.set(0);
        if (run(UnifiedJedis::ping).isEmpty() && !up.get()) {
            probe.schedule(this::probe, retryNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Like {@link #run} for commands whose result does not matter; true when it went through. */
    public boolean tryRun(java.util.function.Consumer<UnifiedJedis> command) {
        return run(jedis -> {
            command.accept(jedis);
            return Boolean.TRUE;
        }).isPresent();
    }

    public boolean up() {
        return up.get();
    }

    /** Checks Redis now (for health), whatever the retry interval. */
    public boolean ping() {
        nextTry.set(0);
        return run(UnifiedJedis::ping).isPresent();
    }

    void onRecovery(Runnable listener) {
        recoveryListeners.add(listener);
    }

    @Override
    public void close() {
        probe.shutdownNow();
        client.close();
    }
}

package org.rahnama.state;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} on a free loopback port, started and stopped by the test (no Docker here). CI
 * installs the package; a missing binary fails the test with a message saying so.
 */
public final class RedisServer implements AutoCloseable {

    private final int port;
    private final Path directory;
    private Process process;

    public RedisServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.directory = Files.createTempDirectory("redis-test");
        start();
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** A connection as the bot makes one, with short timeouts so that tests of outages stay quick. */
    public RedisConnection connect() {
        return new RedisConnection(new RedisProperties(url(), java.time.Duration.ofMillis(300), java.time.Duration.ofMillis(100), "rahnama:"));
    }

    public void start() throws IOException {
        try {
            process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", directory.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            throw new IOException("redis-server is not installed (apt-get install -y redis-server)", e);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            if (answersPing()) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IOException("redis-server did not start on port " + port);
    }

    /** Kills the server the hard way, as a crash or a network cut would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** A raw command over the Redis protocol, independent of the client under test. */
    public String command(String... words) throws IOException {
        StringBuilder request = new StringBuilder("*" + words.length + "\r\n");
        for (String word : words) {
            request.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
        }
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            byte[] buffer = new byte[65536];
            int read = socket.getInputStream().read(buffer);
            return new String(buffer, 0, Math.max(0, read), StandardCharsets.UTF_8).strip();
        }
    }

    private boolean answersPing() {
        try {
            return command("PING").contains("PONG");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            kill();
        }
    }
}

package org.rahnama.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One of the maintainer-edited data folders ({@code knowledge-base/}, {@code nlp-models/}, {@code translations/})
 * or the trained models: either a directory on disk (edits apply without a rebuild and can be watched) or the
 * copy packaged in the jar.
 */
public final class DataFolder {

    private final String name;
    private final Path directory;

    private DataFolder(String name, Path directory) {
        this.name = name;
        this.directory = directory;
    }

    public static DataFolder onDisk(String name, Path directory) {
        return new DataFolder(name, directory.toAbsolutePath().normalize());
    }

    public static DataFolder onClasspath(String name) {
        return new DataFolder(name, null);
    }

    /** The folder on disk, when there is one to watch for edits. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Relative paths (with '/') of the files below this folder whose name ends with the suffix, sorted. */
    public List<String> list(String suffix) {
        List<String> found = new ArrayList<>();
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                return found;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.filter(Files::isRegularFile)
                        .map(p -> directory.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> p.endsWith(suffix))
                        .forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + directory, e);
            }
        } else {
            try {
                Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + name + "/**/*" + suffix);
                String marker = "/" + name + "/";
                for (Resource resource : resources) {
                    String url = resource.getURL().toString();
                    int at = url.lastIndexOf(marker);
                    if (at >= 0 && resource.isReadable()) {
                        found.add(url.substring(at + marker.length()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list classpath folder " + name, e);
            }
        }
        found.sort(null);
        return found.stream().distinct().toList();
    }

    public boolean exists(String relativePath) {
        if (directory != null) {
            return Files.isRegularFile(directory.resolve(relativePath));
        }
        return getClass().getClassLoader().getResource(name + "/" + relativePath) != null;
    }

    public InputStream open(String relativePath) throws IOException {
        if (directory != null) {
            return Files.newInputStream(directory.resolve(relativePath));
        }
        InputStream in = getClass().getClassLoader().getResourceAsStream(name + "/" + relativePath);
        if (in == null) {
            throw new java.io.FileNotFoundException(describe(relativePath));
        }
        return in;
    }

    public String read(String relativePath) throws IOException {
        try (InputStream in = open(relativePath)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** How to name a file of this folder in a message to a maintainer. */
    public String describe(String relativePath) {
        return directory != null ? directory.resolve(relativePath).toString() : name + "/" + relativePath;
    }

    @Override
    public String toString() {
        return directory != null ? directory.toString() : "classpath:" + name;
    }
}

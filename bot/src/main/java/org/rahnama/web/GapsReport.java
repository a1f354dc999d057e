package org.rahnama.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The place of the {@code kb gaps} report on the maintainers' pages: the HTML file that
 * {@code ./rahnama kb gaps --html FILE} writes (issue #21), named by {@code rahnama.web.gaps-report}, read afresh on
 * each visit so a new run shows without a restart. To build the report in-process instead, this is the one class to
 * change: {@link #html()} is all {@code /kb/gaps} asks of it.
 */
@Component
class GapsReport {

    private final Path file;

    GapsReport(WebProperties properties) {
        this.file = properties.gapsReport() == null || properties.gapsReport().isBlank() ? null : Path.of(properties.gapsReport());
    }

    /** The report's HTML, or empty when none is configured or written yet. */
    Optional<String> html() {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the report is expected, for the page that says it is not there yet. */
    String expectedAt() {
        return file == null ? "(rahnama.web.gaps-report is not set)" : file.toString();
    }
}

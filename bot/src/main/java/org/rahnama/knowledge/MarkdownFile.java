package org.rahnama.knowledge;

import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A Markdown file with a YAML front matter between two {@code ---} lines. Parsing errors carry the line of the
 * file (not of the front matter) so the maintainer lands on it.
 */
record MarkdownFile(Map<String, Object> frontMatter, String body, int bodyLine) {

    static final class Invalid extends Exception {
        final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    static MarkdownFile parse(String content) throws Invalid {
        String text = content.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            throw new Invalid(1, "the file must start with a front matter between two lines of ---");
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            throw new Invalid(1, "the front matter is not closed by a line of ---");
        }
        String yaml = text.substring(4, end + 1);
        int afterFence = text.indexOf('\n', end + 1);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        int bodyLine = (int) text.substring(0, afterFence < 0 ? text.length() : afterFence + 1).chars().filter(c -> c == '\n').count() + 1;
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (MarkedYAMLException e) {
            throw new Invalid(e.getProblemMark().getLine() + 2, "front matter is not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new Invalid(2, "front matter is not valid YAML: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new Invalid(2, "the front matter must be a list of 'key: value' lines");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> frontMatter = (Map<String, Object>) map;
        return new MarkdownFile(frontMatter, body.strip(), bodyLine);
    }

    /** The short answer: everything before the first "## " heading. */
    String summary() {
        int heading = headingStart();
        return (heading < 0 ? body : body.substring(0, heading)).strip();
    }

    /** Everything from the first "## " heading on. */
    String details() {
        int heading = headingStart();
        return heading < 0 ? "" : body.substring(heading).strip();
    }

    private int headingStart() {
        if (body.startsWith("## ")) {
            return 0;
        }
        int at = body.indexOf("\n## ");
        return at < 0 ? -1 : at + 1;
    }
}

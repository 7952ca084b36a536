package org.citeqa.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a Markdown file that are not its body: YAML front matter ("---" lines around "title: …", metadata a
 * reader never sees as text) and footnote definitions ("[^1]: The source."), which join the document's notes.
 */
final class MarkdownBlocks {

    /** Body lines without front matter and footnote definitions, and the definitions' lines, one list each. */
    record Result(List<String> bodyLines, List<List<String>> footnotes) {
    }

    private static final Pattern FENCE = Pattern.compile("^---[ ]*$");
    private static final Pattern CLOSING_FENCE = Pattern.compile("^(?:---|\\.\\.\\.)[ ]*$");
    private static final Pattern YAML_KEY = Pattern.compile("^([A-Za-z_][\\w-]*)[ ]*:(?:[ ]+(.*))?$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^ {0,3}\\[\\^[^\\]\\s]+]:[ ]*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^(?: {2,}|\\t)\\S.*");
    /** How far down the closing "---" of front matter is looked for; metadata is short. */
    private static final int MAX_FRONT_MATTER_LINES = 100;

    private MarkdownBlocks() {
    }

    static Result separate(List<String> lines) {
        int bodyStart = frontMatterEnd(lines);
        List<String> body = new ArrayList<>();
        List<List<String>> footnotes = new ArrayList<>();
        List<String> definition = null;
        for (String line : lines.subList(bodyStart, lines.size())) {
            Matcher m = FOOTNOTE_DEFINITION.matcher(line);
            if (m.matches()) {
                definition = new ArrayList<>(List.of(m.group(1)));
                footnotes.add(definition);
            } else if (definition != null && CONTINUATION.matcher(line).matches()) {
                definition.add(line);
            } else {
                definition = null;
                body.add(line);
            }
        }
        return new Result(body, footnotes);
    }

    /** The "title:" of the file's front matter, unquoted, if it has one. */
    static Optional<String> frontMatterTitle(List<String> lines) {
        int end = frontMatterEnd(lines);
        for (String line : lines.subList(0, end)) {
            Matcher m = YAML_KEY.matcher(line);
            if (m.matches() && m.group(1).equalsIgnoreCase("title") && m.group(2) != null) {
                String title = m.group(2).strip().replaceAll("^([\"'])(.*)\\1$", "$2").strip();
                if (!title.isEmpty()) {
                    return Optional.of(title);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The index of the first line after the front matter, or 0 when the file has none: a "---" first line, a closing
     * "---" or "..." line within {@link #MAX_FRONT_MATTER_LINES}, and a "key:" line between them. Without the key, the
     * "---" is a rule above a heading underlined with "---", which is body text.
     */
    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !FENCE.matcher(lines.getFirst()).matches()) {
            return 0;
        }
        boolean keyed = false;
        for (int i = 1; i < Math.min(lines.size(), MAX_FRONT_MATTER_LINES); i++) {
            String line = lines.get(i);
            if (CLOSING_FENCE.matcher(line).matches()) {
                return keyed ? i + 1 : 0;
            }
            keyed |= YAML_KEY.matcher(line).matches();
        }
        return 0;
    }
}

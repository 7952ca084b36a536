package org.citeqa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table and {@code application.properties} say the same: every key the table lists is in
 * the file with the default the table gives, set or, for a key without a default, as a comment.
 */
class ConfigurationTableTest {

    /** A table row: its keys cell ({@code `a.b.c` / `d`}) and its default cell ({@code `1` / `2`}, or a word). */
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[^`]+`(?: / )?)+) \\| ([^|]*) \\|", Pattern.MULTILINE);
    private static final Pattern TICKED = Pattern.compile("`([^`]*)`");
    private static final Pattern SET = Pattern.compile("^([\\w.\\-\"\\[\\]]+)=(.*)$", Pattern.MULTILINE);

    @Test
    void everyKeyOfTheReadmeTableIsInTheFileWithItsDefault() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("\n## Configuration"),
                readme.indexOf("\n## ", readme.indexOf("\n## Configuration") + 1));
        String file = Files.readString(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8);
        Map<String, String> set = new LinkedHashMap<>();
        Matcher s = SET.matcher(file);
        while (s.find()) {
            set.put(s.group(1), s.group(2).strip());
        }
        List<String> problems = new ArrayList<>();
        int rows = 0;
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            List<String> keys = ticked(row.group(1));
            if (keys.getFirst().endsWith("*")) {
                continue; // a family of keys, described in its own section
            }
            rows++;
            String prefix = keys.getFirst().substring(0, keys.getFirst().lastIndexOf('.') + 1);
            List<String> defaults = ticked(row.group(2));
            for (int i = 0; i < keys.size(); i++) {
                String key = i == 0 ? keys.get(i) : prefix + keys.get(i);
                String value = set.get(key);
                if (defaults.isEmpty()) {
                    // "empty" or "none": set to nothing, or shown as a comment
                    if (value == null ? !file.contains("#   " + key + "[0]=") && !file.contains("#   " + key + "=")
                            : !value.isEmpty()) {
                        problems.add(key + ": the README gives no default, the file has " + value);
                    }
                } else if (!defaults.get(i).equals(value)) {
                    problems.add(key + ": the README says " + defaults.get(i) + ", the file " + value);
                }
            }
        }
        assertTrue(rows > 40, "the table was not found: " + rows + " rows");
        assertEquals(List.of(), problems);
    }

    private static List<String> ticked(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = TICKED.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

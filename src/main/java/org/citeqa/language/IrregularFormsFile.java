package org.citeqa.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.citeqa.files.WholeFiles;
import org.jboss.logging.Logger;

/**
 * {@link WordNet#irregularForms()} kept beside the WordNet copies it was derived from: deriving it reads thousands
 * of synsets, a fifth of a second on the path to readiness at every start, while reading it back takes a few
 * milliseconds. The file ends with its line count, so a file cut short (a crash, a full disk) is derived again.
 */
final class IrregularFormsFile {

    /**
     * The file's name. Its version must change with the derivation ({@code WordNet.irregularForms} and what it
     * calls), so that a data folder written by an older build is derived again rather than read.
     */
    static final String NAME = "irregular-forms-v1.tsv";
    private static final String HEADER = "# WordNet irregular inflections and their base forms, derived by CiteQA";
    private static final String TRAILER = "# forms: ";
    private static final Logger LOG = Logger.getLogger(IrregularFormsFile.class);

    private IrregularFormsFile() {
    }

    /** The forms kept in the file, or empty when it is missing or not whole. */
    static Optional<Map<String, String>> read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.getLast().startsWith(TRAILER)) {
                return Optional.empty();
            }
            Map<String, String> forms = new HashMap<>();
            for (String line : lines.subList(1, lines.size() - 1)) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    return Optional.empty();
                }
                forms.put(line.substring(0, tab), line.substring(tab + 1));
            }
            String count = lines.getLast().substring(TRAILER.length());
            return count.equals(String.valueOf(forms.size())) ? Optional.of(Map.copyOf(forms)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debugf(e, "%s cannot be read; deriving the irregular forms again", file);
            return Optional.empty();
        }
    }

    /** Writes the forms whole or not at all ({@link WholeFiles}); a failure is only logged. */
    static void write(Path file, Map<String, String> forms) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        new TreeMap<>(forms).forEach((form, base) -> out.append(form).append('\t').append(base).append('\n'));
        out.append(TRAILER).append(forms.size()).append('\n');
        try {
            WholeFiles.write(file, partial -> Files.writeString(partial, out, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The irregular forms could not be kept in %s (%s); they are derived again at the next start",
                    file, e.toString());
        }
    }
}

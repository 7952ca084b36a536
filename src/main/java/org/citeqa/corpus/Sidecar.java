package org.citeqa.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * A document's metadata file, {@code <id>.meta.properties} beside it: {@code title=}, {@code source=}, and examples
 * for the landing page, {@code example.1=} (questions) and {@code claim.1=} (claims to check).
 */
public final class Sidecar {

    static final String SUFFIX = ".meta.properties";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Sidecar.class);

    private final Properties properties;

    private Sidecar(Properties properties) {
        this.properties = properties;
    }

    /**
     * The sidecar of document {@code id} in {@code dir}; empty when there is none, or (with a warning) when it cannot
     * be read. Lines are read literally as {@code key=value} (or {@code key: value}), with {@code #} and {@code !}
     * comments: no escapes, so a Windows path ({@code source=C:\\users\\clock.docx}) keeps its backslashes.
     */
    public static Sidecar of(Path dir, String id) {
        Path file = dir.resolve(id + SUFFIX);
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : CorpusLoader.decodeLeniently(Files.readAllBytes(file)).split("\\R")) {
                    String l = line.strip();
                    int at = indexOfSeparator(l);
                    if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || at <= 0) {
                        continue;
                    }
                    properties.setProperty(l.substring(0, at).strip(), l.substring(at + 1).strip());
                }
            } catch (IOException e) {
                LOG.warnf("Ignoring the metadata file %s: it cannot be read (%s)", file.toAbsolutePath(), e.getMessage());
            }
        }
        return new Sidecar(properties);
    }

    private static int indexOfSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
    }

    /** A value, stripped; null when missing or blank. */
    public String value(String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The values of {@code prefix.1}, {@code prefix.2}, ... in numeric order, blanks skipped. */
    public List<String> numbered(String prefix) {
        return properties.stringPropertyNames().stream()
                .filter(key -> key.matches(java.util.regex.Pattern.quote(prefix) + "\\.\\d{1,9}"))
                .sorted(Comparator.comparingLong(key -> Long.parseLong(key.substring(prefix.length() + 1))))
                .map(this::value).filter(v -> v != null).toList();
    }
}

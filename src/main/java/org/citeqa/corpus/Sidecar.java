package org.citeqa.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
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

    private final Properties properties;

    private Sidecar(Properties properties) {
        this.properties = properties;
    }

    /**
     * The sidecar of document {@code id} in {@code dir}; empty when there is none.
     *
     * @throws CorpusException if the file exists but cannot be read
     */
    public static Sidecar of(Path dir, String id) {
        Path file = dir.resolve(id + SUFFIX);
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = new StringReader(CorpusLoader.decodeLeniently(Files.readAllBytes(file)))) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new CorpusException("Cannot read metadata file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }
        return new Sidecar(properties);
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

package org.citeqa.ingest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The service with the write endpoints on (an admin token), a small upload limit, and its own data and index
 * folders, fresh for each run, so uploads never reach the other tests' corpus.
 */
public class IngestProfile implements QuarkusTestProfile {

    public static final String TOKEN = "test-admin-token-7f3c";
    public static final long MAX_BYTES = 3_000_000;
    static final Path DATA = fresh();

    private static Path fresh() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "ingest-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.admin.token", TOKEN,
                "citeqa.data.dir", DATA.toString(),
                "citeqa.index.dir", DATA.resolve("index").toString(),
                "citeqa.ingest.max-bytes", Long.toString(MAX_BYTES));
    }
}

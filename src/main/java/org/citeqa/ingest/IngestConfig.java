package org.citeqa.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the write endpoints. Defaults are documented in application.properties. */
@ConfigMapping(prefix = "citeqa.ingest")
public interface IngestConfig {

    /** Largest upload, in bytes (the whole request counts); larger ones get 413. */
    @WithDefault("52428800")
    long maxBytes();

    /** Most characters of text one file may yield; more is refused as a likely decompression bomb (read by the extractor). */
    @WithDefault("20000000")
    long maxChars();

    /** Most files in one upload. */
    @WithDefault("50")
    int maxFiles();

    /** Finished jobs remembered for GET /api/jobs/{id}, oldest forgotten first. */
    @WithDefault("500")
    int jobsKept();
}

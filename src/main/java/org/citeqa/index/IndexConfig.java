package org.citeqa.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the index lives and how documents are cut into chunks. Defaults are documented in application.properties. */
@ConfigMapping(prefix = "citeqa.index")
public interface IndexConfig {

    /** Folder holding the Lucene index; created if missing. */
    @WithDefault("data/index")
    String dir();

    /** Upper bound of a chunk's length, in characters. */
    @WithDefault("700")
    int chunkSize();

    /** Trailing whole sentences, up to this many characters, repeated at the start of the next chunk. */
    @WithDefault("200")
    int chunkOverlap();
}

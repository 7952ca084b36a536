package org.citeqa.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the service keeps what it writes: uploaded originals under {@code documents/}, the index under {@code index/}. */
@ConfigMapping(prefix = "citeqa.data")
public interface DataConfig {

    /** The data folder (relative to the working directory, or absolute); created when needed. */
    @WithDefault("data")
    String dir();
}

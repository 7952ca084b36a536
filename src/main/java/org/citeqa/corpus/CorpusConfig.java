package org.citeqa.corpus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which folder of documents the service answers from. */
@ConfigMapping(prefix = "citeqa.corpus")
public interface CorpusConfig {

    /** Folder whose .txt and .md files are the corpus (relative to the working directory, or absolute). */
    @WithDefault("corpus")
    String dir();
}

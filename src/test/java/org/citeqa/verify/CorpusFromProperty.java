package org.citeqa.verify;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The profile of a tool run by hand: the corpus a system property names (with its own index), else the default. */
abstract class CorpusFromProperty implements QuarkusTestProfile {

    private final String property;
    private final String indexDir;

    CorpusFromProperty(String property, String indexDir) {
        this.property = property;
        this.indexDir = indexDir;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        String dir = System.getProperty(property);
        return dir == null ? Map.of() : Map.of("citeqa.corpus.dir", dir, "citeqa.index.dir", indexDir);
    }
}

package org.citeqa;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service on three made-up documents (a tidal observatory, a fishing accord, a schooner) that no threshold or
 * weight was tuned on: claims and answers there show what carries over to documents nobody has seen.
 */
public class MadeUpCorpus implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.corpus.dir", "src/test/resources/madeup-corpus",
                "citeqa.index.dir", "target/madeup-index");
    }
}

package org.citeqa.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.citeqa.model.ModelStubResource;

/** An OpenAI-compatible stub model; the breaker opens only after 20 straight failures. */
public class BenchProfile implements QuarkusTestProfile {

    static final int TIMEOUT_MS = 2000;
    static final int BREAKER_VOLUME = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.model.provider", "openai", "citeqa.model.model-name", "test-model",
                "citeqa.model.timeout", TIMEOUT_MS + "ms",
                "citeqa.model.breaker.request-volume-threshold", String.valueOf(BREAKER_VOLUME),
                "citeqa.model.breaker.failure-ratio", "1.0",
                "citeqa.model.breaker.delay", "60s",
                "quarkus.log.category.\"org.citeqa.model\".level", "WARN");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ModelStubResource.class, Map.of("dialect", "OPENAI")));
    }
}

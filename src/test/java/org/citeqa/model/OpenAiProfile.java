package org.citeqa.model;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with an OpenAI-compatible model on a WireMock stub; short timeout, small breaker. */
public class OpenAiProfile implements QuarkusTestProfile {

    static final long TIMEOUT_MS = 2000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.model.provider", "openai", "citeqa.model.model-name", "test-model",
                "citeqa.model.api-key", "test-key",
                "citeqa.model.timeout", TIMEOUT_MS + "ms",
                "citeqa.model.breaker.request-volume-threshold", "3",
                "citeqa.model.breaker.failure-ratio", "1.0",
                "citeqa.model.breaker.delay", "3s",
                "citeqa.model.breaker.success-threshold", "1");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ModelStubResource.class, Map.of("dialect", "OPENAI")));
    }
}

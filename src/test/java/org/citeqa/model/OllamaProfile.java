package org.citeqa.model;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with an Ollama model on a WireMock stub. */
public class OllamaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("citeqa.model.provider", "ollama", "citeqa.model.model-name", "test-model",
                "citeqa.model.timeout", "2s",
                "citeqa.model.breaker.request-volume-threshold", "3",
                "citeqa.model.breaker.failure-ratio", "1.0",
                "citeqa.model.breaker.delay", "1s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ModelStubResource.class, Map.of("dialect", "OLLAMA")));
    }
}

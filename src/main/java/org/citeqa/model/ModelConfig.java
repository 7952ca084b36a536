package org.citeqa.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The language-model backend; {@code provider=none} keeps the service extractive only. */
@ConfigMapping(prefix = "citeqa.model")
public interface ModelConfig {

    /** none | openai (any OpenAI-compatible server) | ollama. */
    @WithDefault("none")
    ModelProvider provider();

    /** e.g. https://api.openai.com/v1, http://localhost:8000/v1 (vLLM), http://localhost:11434 (Ollama). */
    Optional<String> baseUrl();

    /** Sent as a bearer token; read from the environment, never logged. */
    Optional<String> apiKey();

    @WithDefault("gpt-4o-mini")
    String modelName();

    @WithDefault("0.1")
    double temperature();

    @WithDefault("512")
    int maxTokens();

    /** Longest a request waits for the model (rewrite and answer together) before answering extractively. */
    @WithDefault("20s")
    Duration timeout();

    /** Retrieved passages given to the model. */
    @WithDefault("5")
    int passages();

    /** Least IDF-weighted share of a sentence's terms its quotes must contain for it to count as supported. */
    @WithDefault("0.6")
    double minSupport();

    Breaker breaker();

    /** Circuit breaker around every model call, so a dead model costs nothing per request. */
    interface Breaker {

        /** Calls in the rolling window the failure ratio is measured over. */
        @WithDefault("10")
        int requestVolumeThreshold();

        /** Share of failed calls in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before letting a trial call through. */
        @WithDefault("30s")
        Duration delay();

        /** Successful trial calls that close it again. */
        @WithDefault("1")
        int successThreshold();
    }
}

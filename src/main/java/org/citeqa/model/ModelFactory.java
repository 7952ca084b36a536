package org.citeqa.model;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Optional;

/** The one place that turns {@code citeqa.model.*} into LangChain4j chat models. */
public final class ModelFactory {

    private static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";
    private static final String OPENAI_DEFAULT_URL = "https://api.openai.com/v1";

    private ModelFactory() {
    }

    /** Empty when the provider is none. */
    public static Optional<ChatModels> build(ModelConfig config) {
        return switch (config.provider()) {
            case NONE -> Optional.empty();
            case OPENAI -> Optional.of(openAi(config));
            case OLLAMA -> Optional.of(ollama(config));
        };
    }

    private static ChatModels openAi(ModelConfig config) {
        String url = config.baseUrl().filter(u -> !u.isBlank()).orElse(OPENAI_DEFAULT_URL);
        String key = config.apiKey().filter(k -> !k.isBlank()).orElse(null); // local servers need none
        // Retries are off: a retry would outlive the request's deadline; the breaker handles repeated failure.
        return new ChatModels(
                OpenAiChatModel.builder().baseUrl(url).apiKey(key).modelName(config.modelName())
                        .temperature(config.temperature()).maxTokens(config.maxTokens())
                        .timeout(config.timeout()).maxRetries(0).build(),
                OpenAiStreamingChatModel.builder().baseUrl(url).apiKey(key).modelName(config.modelName())
                        .temperature(config.temperature()).maxTokens(config.maxTokens())
                        .timeout(config.timeout()).build());
    }

    private static ChatModels ollama(ModelConfig config) {
        String url = config.baseUrl().filter(u -> !u.isBlank()).orElse(OLLAMA_DEFAULT_URL);
        return new ChatModels(
                OllamaChatModel.builder().baseUrl(url).modelName(config.modelName())
                        .temperature(config.temperature()).numPredict(config.maxTokens())
                        .timeout(config.timeout()).maxRetries(0).build(),
                OllamaStreamingChatModel.builder().baseUrl(url).modelName(config.modelName())
                        .temperature(config.temperature()).numPredict(config.maxTokens())
                        .timeout(config.timeout()).build());
    }
}

package org.citeqa.model;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Every call to the model goes through here: a circuit breaker in front, the request's deadline enforced on
 * top of the HTTP client's own timeout (which does not bound a stalled stream), and every failure turned into
 * a {@link ModelFailure} with a reason the client sees.
 */
@ApplicationScoped
public class ModelGateway {

    static final String BREAKER = "citeqa-model";
    private static final Logger LOG = Logger.getLogger(ModelGateway.class);

    private final Optional<ChatModels> models;
    private final Guard guard;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    public ModelGateway(ModelConfig config) {
        this.models = ModelFactory.build(config);
        ModelConfig.Breaker breaker = config.breaker();
        this.guard = Guard.create().withDescription("language model calls")
                .withCircuitBreaker().name(BREAKER)
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .onStateChange(state -> LOG.infof("Model circuit breaker is now %s", state))
                .done().build();
        models.ifPresent(m -> LOG.infof("Model backend: %s %s at %s (timeout %s)", config.provider(),
                config.modelName(), config.baseUrl().orElse("its default URL"), config.timeout()));
    }

    public boolean configured() {
        return models.isPresent();
    }

    /** The model's whole reply. */
    public String complete(List<ChatMessage> messages, Deadline deadline) {
        ChatModels m = require(deadline);
        return guarded(() -> {
            Future<ChatResponse> reply = calls.submit(() -> m.chat().chat(request(messages)));
            return textOf(await(reply, deadline), "");
        });
    }

    /** The model's whole reply, handing each piece to {@code onDelta} as it arrives. */
    public String stream(List<ChatMessage> messages, Deadline deadline, Consumer<String> onDelta) {
        ChatModels m = require(deadline);
        return guarded(() -> {
            CompletableFuture<ChatResponse> done = new CompletableFuture<>();
            AtomicBoolean open = new AtomicBoolean(true); // no deltas after we gave up on the stream
            StringBuilder received = new StringBuilder();
            m.streaming().chat(request(messages), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    if (open.get() && partial != null && !partial.isEmpty()) {
                        synchronized (received) {
                            received.append(partial);
                        }
                        onDelta.accept(partial);
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(response);
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            try {
                ChatResponse response = await(done, deadline);
                synchronized (received) {
                    return textOf(response, received.toString());
                }
            } finally {
                open.set(false);
            }
        });
    }

    /** Closes the breaker; for operators and tests. */
    public void resetBreaker() {
        CircuitBreakerMaintenance.get().reset(BREAKER);
    }

    @PreDestroy
    void close() {
        calls.shutdownNow();
    }

    private ChatModels require(Deadline deadline) {
        if (models.isEmpty()) {
            throw new ModelFailure(FallbackReason.NOT_CONFIGURED, "no model is configured");
        }
        if (deadline.passed()) {
            throw new ModelFailure(FallbackReason.TIMEOUT, "no time left for the model");
        }
        return models.get();
    }

    private String guarded(Callable<String> call) {
        try {
            return guard.call(call, String.class);
        } catch (ModelFailure e) {
            LOG.debugf("model call failed: %s", e.reason().code());
            throw e;
        } catch (Exception e) {
            FallbackReason reason = FailureClassifier.classify(e);
            LOG.debugf("model call failed: %s (%s)", reason.code(), e);
            throw new ModelFailure(reason, "the model call failed", e);
        }
    }

    private static <T> T await(Future<T> reply, Deadline deadline) throws Exception {
        try {
            return reply.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            throw new ModelFailure(FallbackReason.TIMEOUT, "the model did not answer in time");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static String textOf(ChatResponse response, String streamed) {
        String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
        if ((text == null || text.isBlank()) && !streamed.isBlank()) {
            text = streamed;
        }
        if (text == null || text.isBlank()) {
            throw new ModelFailure(FallbackReason.EMPTY_OUTPUT, "the model returned no text");
        }
        return text;
    }

    private static ChatRequest request(List<ChatMessage> messages) {
        return ChatRequest.builder().messages(messages).build();
    }
}

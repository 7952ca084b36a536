package org.citeqa.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.citeqa.answer.Turn;

/** Asks the model to make a follow-up question standalone. */
@ApplicationScoped
public class ModelQuestionRewriter {

    static final int MAX_CHARS = 2000;

    private final ModelGateway gateway;
    private final PromptBuilder prompts;

    public ModelQuestionRewriter(ModelGateway gateway, PromptBuilder prompts) {
        this.gateway = gateway;
        this.prompts = prompts;
    }

    /**
     * The rewritten question, or empty when the model's reply is no usable question (the caller then uses the
     * deterministic rule).
     * @throws ModelFailure when the call itself fails
     */
    public Optional<String> rewrite(List<Turn> history, String question, Deadline deadline) {
        String reply = gateway.complete(prompts.rewrite(history, question), deadline);
        return reply.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst()
                .map(line -> line.replaceFirst("(?i)^(standalone|rewritten)\\s+question\\s*:\\s*", ""))
                .map(line -> line.replaceAll("^[\"'“”]+|[\"'“”]+$", "").strip())
                .filter(line -> !line.isEmpty() && line.length() <= MAX_CHARS);
    }
}

package org.citeqa.model;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import org.citeqa.answer.Turn;

/** The words sent to the model: a grounded-answer prompt and a follow-up rewrite prompt. */
@ApplicationScoped
public class PromptBuilder {

    /** The fixed phrase the model is told to use when the passages are silent; detected, not parsed. */
    public static final String NO_ANSWER = "The passages do not answer this question.";

    private static final String ANSWER_RULES = """
            You answer questions using only the numbered passages you are given.
            Rules:
            1. Use only facts stated in the passages. Never use outside knowledge.
            2. End every sentence with the number of the passage that supports it, in square brackets, \
            like [1] or [2][3]. Cite only the numbers of the passages given.
            3. If the passages do not answer the question, reply exactly: %s
            4. Be brief: at most four sentences, plain text, no lists.""".formatted(NO_ANSWER);

    private static final String REWRITE_RULES = """
            Rewrite the user's last question so that it can be understood without the conversation: replace \
            pronouns and references with what they refer to. Keep the meaning and the question form. \
            Reply with the rewritten question only, on one line.""";

    public List<ChatMessage> answer(List<Passage> passages, List<Turn> history, String question) {
        StringBuilder user = new StringBuilder("Passages:\n\n");
        for (Passage p : passages) {
            user.append('[').append(p.n()).append("] (").append(p.title()).append(")\n")
                    .append(p.text().strip()).append("\n\n");
        }
        if (!history.isEmpty()) {
            user.append("Conversation so far:\n").append(conversation(history)).append('\n');
        }
        user.append("Question: ").append(question);
        return List.of(SystemMessage.from(ANSWER_RULES), UserMessage.from(user.toString()));
    }

    public List<ChatMessage> rewrite(List<Turn> history, String question) {
        String user = "Conversation so far:\n" + conversation(history) + "\nLast question: " + question
                + "\n\nStandalone question:";
        return List.of(SystemMessage.from(REWRITE_RULES), UserMessage.from(user));
    }

    /** Whether the model said the passages do not answer (tolerating case, spacing and quotes). */
    public static boolean saysNoAnswer(String output) {
        String normalised = output.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return normalised.contains("passages do not answer") || normalised.contains("passages don't answer");
    }

    private static String conversation(List<Turn> history) {
        StringBuilder text = new StringBuilder();
        for (Turn turn : history) {
            text.append(turn.fromUser() ? "User: " : "Assistant: ").append(turn.content().strip()).append('\n');
        }
        return text.toString();
    }
}

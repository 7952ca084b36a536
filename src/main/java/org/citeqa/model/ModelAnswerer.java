package org.citeqa.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Consumer;
import org.citeqa.answer.Citation;
import org.citeqa.answer.Turn;
import org.citeqa.chunk.Span;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.search.SearchService;

/** Answers with the model from retrieved passages, then grounds its citations in exact quotes. */
@ApplicationScoped
public class ModelAnswerer {

    public static final String MODE = "model";
    /** Same wording as the extractive abstention, so clients see one sentence for "no answer". */
    static final String NO_ANSWER = "The documents do not answer this question.";
    private static final int RELATED = 3;

    private final SearchService search;
    private final ModelConfig config;
    private final ModelGateway gateway;
    private final PromptBuilder prompts;
    private final CitationPostProcessor citations;

    public ModelAnswerer(SearchService search, ModelConfig config, ModelGateway gateway, PromptBuilder prompts,
                         CitationPostProcessor citations) {
        this.search = search;
        this.config = config;
        this.gateway = gateway;
        this.prompts = prompts;
        this.citations = citations;
    }

    public List<Passage> retrieve(IndexedCorpus corpus, String standalone) {
        return search.search(corpus, standalone, config.passages()).stream().map(Passage::of).toList();
    }

    /**
     * @param onDelta receives answer text as it arrives; null asks for the whole reply at once
     * @throws ModelFailure when the model fails or its answer cites no given passage
     */
    public AnswerResponse answer(IndexedCorpus corpus, String question, String standalone, List<Turn> history,
                                 List<Passage> passages, Deadline deadline, Consumer<String> onDelta) {
        var messages = prompts.answer(passages, history, standalone);
        String output = onDelta == null ? gateway.complete(messages, deadline)
                : gateway.stream(messages, deadline, onDelta);
        if (PromptBuilder.saysNoAnswer(output)) {
            return new AnswerResponse(question, false, NO_ANSWER, MODE, List.of(), related(corpus, passages),
                    standalone, null, List.of(), List.of(), List.of(), 0, false, null);
        }
        CitationPostProcessor.Result grounded = citations.process(corpus, passages, output);
        return new AnswerResponse(question, true, grounded.answer(), MODE, grounded.citations(), List.of(),
                standalone, null, grounded.sentences(), grounded.unsupported(), grounded.dropped(), 0, false, null);
    }

    private static List<Citation> related(IndexedCorpus corpus, List<Passage> passages) {
        return passages.stream().limit(RELATED)
                .map(p -> CitationPostProcessor.citation(corpus, p.n(), p, new Span(p.start(), p.end()))).toList();
    }
}

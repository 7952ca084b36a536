package org.citeqa.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.citeqa.answer.AnswerConfig;
import org.citeqa.answer.ExtractiveAnswerer;
import org.citeqa.answer.FollowUpResolver;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.search.SearchService;
import org.jboss.logging.Logger;

/**
 * Picks how a question is answered and falls back: the model when asked for (or, in auto mode, when one is
 * configured), the extractive answerer otherwise or whenever the model fails, with the reason reported.
 * Sync and streamed answers take the same path; only {@link AnswerEvents} differs.
 */
@ApplicationScoped
public class AnswerService {

    private static final Logger LOG = Logger.getLogger(AnswerService.class);

    private final ExtractiveAnswerer extractive;
    private final ModelAnswerer model;
    private final ModelQuestionRewriter rewriter;
    private final ModelGateway gateway;
    private final ModelConfig config;
    private final SearchService search;
    private final AnswerConfig answerConfig;
    private final FollowUpResolver followUps = new FollowUpResolver();

    public AnswerService(ExtractiveAnswerer extractive, ModelAnswerer model, ModelQuestionRewriter rewriter,
                         ModelGateway gateway, ModelConfig config, SearchService search, AnswerConfig answerConfig) {
        this.extractive = extractive;
        this.model = model;
        this.rewriter = rewriter;
        this.gateway = gateway;
        this.config = config;
        this.search = search;
        this.answerConfig = answerConfig;
    }

    public AnswerResponse answer(IndexedCorpus corpus, AskCommand ask, AnswerEvents events) {
        boolean wantModel = ask.mode() == AskMode.MODEL || ask.mode() == AskMode.AUTO && gateway.configured();
        if (!wantModel) {
            return extractive(corpus, ask, deterministicStandalone(ask), null, events, false);
        }
        if (!gateway.configured()) {
            return extractive(corpus, ask, deterministicStandalone(ask), FallbackReason.NOT_CONFIGURED, events, false);
        }
        Deadline deadline = Deadline.in(config.timeout());
        String standalone;
        try {
            standalone = modelStandalone(ask, deadline);
        } catch (ModelFailure failure) {
            return fallBack(corpus, ask, deterministicStandalone(ask), failure, events, false);
        }
        List<Passage> passages = model.retrieve(corpus, standalone);
        events.passages(passages);
        AtomicBoolean streamed = new AtomicBoolean();
        try {
            return model.answer(corpus, ask.question(), standalone, ask.history(), passages, deadline,
                    events.streaming() ? text -> {
                        streamed.set(true);
                        events.delta(text);
                    } : null).withConfidence(extractive.confidence(corpus, standalone));
        } catch (ModelFailure failure) {
            if (streamed.get()) {
                events.reset(failure.reason()); // the text streamed so far is not the answer
            }
            return fallBack(corpus, ask, standalone, failure, events, true);
        }
    }

    private String deterministicStandalone(AskCommand ask) {
        return followUps.standalone(ask.question(), ask.history());
    }

    /** With a conversation, the model rewrites the question; an unusable rewrite falls back to the rule. */
    private String modelStandalone(AskCommand ask, Deadline deadline) {
        if (ask.history().isEmpty()) {
            return ask.question();
        }
        return rewriter.rewrite(ask.history(), ask.question(), deadline).orElseGet(() -> deterministicStandalone(ask));
    }

    private AnswerResponse fallBack(IndexedCorpus corpus, AskCommand ask, String standalone, ModelFailure failure,
                                    AnswerEvents events, boolean passagesSent) {
        LOG.infof("Answering extractively: the model failed (%s)", failure.reason().code());
        return extractive(corpus, ask, standalone, failure.reason(), events, passagesSent);
    }

    private AnswerResponse extractive(IndexedCorpus corpus, AskCommand ask, String standalone, FallbackReason reason,
                                      AnswerEvents events, boolean passagesSent) {
        if (events.streaming() && !passagesSent) {
            events.passages(search.search(corpus, standalone, answerConfig.candidateChunks()).stream()
                    .map(Passage::of).toList());
        }
        AnswerResponse response = AnswerResponse.extractive(extractive.answer(corpus, standalone), ask.question(),
                standalone, reason);
        if (events.streaming()) {
            // one delta per quoted sentence, so clients render extractive and model answers the same way
            String[] pieces = response.answer().split("(?<=]) ");
            for (int i = 0; i < pieces.length; i++) {
                events.delta(i + 1 < pieces.length ? pieces[i] + " " : pieces[i]);
            }
        }
        return response;
    }
}

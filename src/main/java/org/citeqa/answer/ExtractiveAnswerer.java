package org.citeqa.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citeqa.corpus.Document;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;
import org.citeqa.language.WordNet;
import org.citeqa.search.SearchHit;
import org.citeqa.search.SearchService;
import org.jboss.logging.Logger;

/**
 * Answers without a model: retrieves passages, scores each of their sentences with the {@link AnswerabilityModel}
 * and quotes the best one verbatim, followed by its citation marker. The best sentence's calibrated score is the
 * answer's {@code confidence}: below {@code citeqa.answer.abstain-below} the service says the documents do not
 * answer (and lists the closest passages), below {@code citeqa.answer.hedge-below} it answers but says it may be
 * wrong.
 */
@ApplicationScoped
public class ExtractiveAnswerer {

    public static final String MODE = "extractive";
    static final String NO_ANSWER = "The documents do not answer this question.";
    static final String HEDGE = "The documents may answer this; the closest passage says: ";
    private static final Logger LOG = Logger.getLogger(ExtractiveAnswerer.class);
    private static final int RELATED = 3;

    private final SearchService search;
    private final AnswerConfig config;
    private final QuestionAnalyzer questions;
    private final SignalReader signals;
    private final AnswerabilityModel model;
    private final ShortAnswers shortAnswers;

    @Inject
    public ExtractiveAnswerer(SearchService search, AnswerConfig config, EnglishAnalysis analysis, WordNet wordNet) {
        this(search, config, analysis, wordNet, AnswerabilityModel.load());
    }

    ExtractiveAnswerer(SearchService search, AnswerConfig config, EnglishAnalysis analysis, WordNet wordNet,
                       AnswerabilityModel model) {
        this.search = search;
        this.config = config;
        this.questions = new QuestionAnalyzer(analysis);
        this.signals = new SignalReader(analysis, wordNet);
        this.model = model;
        this.shortAnswers = new ShortAnswers(analysis);
    }

    /**
     * Answers a question from the corpus.
     *
     * @return an answer quoting the best sentence with its citation, or, when the documents do not answer with
     * enough confidence, an abstention listing the closest passages under {@code related}; never null
     */
    public Answer answer(IndexedCorpus corpus, String question) {
        Ranking ranking = rank(corpus, question);
        if (ranking.scored().isEmpty()) {
            return abstain(corpus, ranking, 0);
        }
        Scored best = ranking.scored().get(0);
        double confidence = model.confidence(best.score());
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s -> %s %.3f %s", question, ranking.question().type(), confidence, best.candidate().text());
        }
        if (confidence < config.abstainBelow()) {
            return abstain(corpus, ranking, confidence);
        }
        return quote(corpus, ranking, best, confidence);
    }

    /**
     * The probability that the documents answer the question, as {@link #answer} would report it: a model's answer
     * from the same passages carries it too.
     */
    public double confidence(IndexedCorpus corpus, String question) {
        Ranking ranking = rank(corpus, question);
        return ranking.scored().isEmpty() ? 0 : round(model.confidence(ranking.scored().get(0).score()));
    }

    /** The question's candidate sentences, scored, best first. */
    record Ranking(QuestionAnalysis question, List<SearchHit> hits, List<Scored> scored) {
    }

    /** A candidate sentence, its signals and its answerability score (log-odds). */
    record Scored(Candidate candidate, double[] signals, double score) {

        double signal(Signal s) {
            return signals[s.ordinal()];
        }
    }

    /** Retrieves and scores the candidate sentences of a question; what the answer and the training both start from. */
    Ranking rank(IndexedCorpus corpus, String question) {
        QuestionAnalysis analysed = questions.analyze(question);
        List<SearchHit> hits = search.search(corpus, question, config.candidateChunks());
        List<Candidate> candidates = candidates(corpus, hits);
        float[] questionVector = model.uses(Signal.SIMILARITY) && corpus.sentenceVectors().isPresent()
                ? corpus.embedder().orElseThrow().embedQuery(question) : null;
        double[][] rows = signals.read(corpus, analysed, questionVector, candidates);
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            scored.add(new Scored(candidates.get(i), rows[i], model.score(rows[i])));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return new Ranking(analysed, hits, List.copyOf(scored));
    }

    /** The sentences of the retrieved passages, each once, with the best-ranked passage it appears in. */
    private static List<Candidate> candidates(IndexedCorpus corpus, List<SearchHit> hits) {
        Map<Sentence, Candidate> byRank = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            Document doc = corpus.documents().get(hit.chunk().documentId());
            for (Sentence s : corpus.sentences().within(doc.id(), hit.chunk().start(), hit.chunk().end())) {
                byRank.putIfAbsent(s, Candidate.of(s, hit, doc));
            }
        }
        return List.copyOf(byRank.values());
    }

    private Answer quote(IndexedCorpus corpus, Ranking ranking, Scored best, double confidence) {
        Candidate c = best.candidate();
        List<Sentence> all = corpus.sentences().of(c.sentence().documentId());
        int index = c.sentence().index();
        // A sentence that refers back is quoted with the one it refers to, so the quote says what "it" is; when
        // the best sentence names the subject but lacks the kind of value asked for, the answer often follows it.
        int first = best.signal(Signal.REFERS_BACK) > 0 ? index - 1 : index;
        int last = config.maxSentences() > 1 && best.signal(Signal.TYPE_ASKED) > 0
                && best.signal(Signal.TYPE_MATCH) == 0 && best.signal(Signal.NEXT_TYPE_MATCH) > 0 ? index + 1 : index;
        Citation citation = citation(corpus, 1, c.hit(), all.get(first).span().start(), all.get(last).span().end());
        boolean hedged = confidence < config.hedgeBelow();
        String text = (hedged ? HEDGE : "") + citation.quote() + " [1]";
        ShortAnswer shortAnswer = shortAnswers.find(ranking.question(), citation).orElse(null);
        return new Answer(ranking.question().question(), true, text, MODE, List.of(citation), List.of(),
                round(confidence), hedged, shortAnswer);
    }

    private Answer abstain(IndexedCorpus corpus, Ranking ranking, double confidence) {
        List<Citation> related = new ArrayList<>();
        for (SearchHit hit : ranking.hits().subList(0, Math.min(RELATED, ranking.hits().size()))) {
            related.add(citation(corpus, related.size() + 1, hit, hit.chunk().start(), hit.chunk().end()));
        }
        return new Answer(ranking.question().question(), false, NO_ANSWER, MODE, List.of(), List.copyOf(related),
                round(confidence), false, null);
    }

    static Citation citation(IndexedCorpus corpus, int n, SearchHit hit, int start, int end) {
        Document doc = corpus.documents().get(hit.chunk().documentId());
        return new Citation(n, doc.id(), doc.title(), hit.chunk().id(), hit.chunk().text(),
                doc.text().substring(start, end), start, end);
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}

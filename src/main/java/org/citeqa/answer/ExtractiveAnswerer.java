package org.citeqa.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citeqa.chunk.Span;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.TextCleaner;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;
import org.citeqa.search.SearchHit;
import org.citeqa.search.SearchService;
import org.citeqa.verify.Statement;
import org.jboss.logging.Logger;

/**
 * Answers without a model: retrieves passages, scores each of their sentences with the {@link AnswerabilityModel},
 * and quotes the best one verbatim (with the sentence it refers back to, and the next one when that scores nearly
 * as well), followed by its citation marker. The model's calibrated verdict on the best sentence is the answer's
 * {@code confidence}: below {@code citeqa.answer.abstain-below} the service says the documents do not answer and
 * lists the closest passages; below {@code citeqa.answer.hedge-below} it answers but says the documents only may.
 */
@ApplicationScoped
public class ExtractiveAnswerer {

    public static final String MODE = "extractive";
    static final String NO_ANSWER = "The documents do not answer this question.";
    static final String HEDGE = "The documents may answer this; the closest passage says: ";
    private static final Logger LOG = Logger.getLogger(ExtractiveAnswerer.class);
    private static final int RELATED = 3;
    /** Answers remembered per corpus snapshot: the questions a class asks again and again. */
    private static final int RECENT = 1_000;

    private final SearchService search;
    private final AnswerConfig config;
    private final QuestionAnalyzer questions;
    private final SignalReader signals;
    private final QuestionCheck check;
    private final AnswerabilityModel model;
    private final ShortAnswers shortAnswers;
    private final Headings headings;
    private final RecentAnswers recent = new RecentAnswers(RECENT);

    @Inject
    public ExtractiveAnswerer(SearchService search, AnswerConfig config, EnglishAnalysis analysis,
                              SignalReader signals, QuestionCheck check, NameRoles roles, Headings headings,
                              Tagger tagger, WordNet wordNet) {
        this.search = search;
        this.config = config;
        this.questions = new QuestionAnalyzer(analysis, tagger, wordNet);
        this.signals = signals;
        this.check = check;
        this.model = AnswerabilityModel.load();
        this.shortAnswers = new ShortAnswers(analysis, roles, check.agreement());
        this.headings = headings;
    }

    /** The same answerer deciding with another model: for training and calibration. */
    ExtractiveAnswerer with(AnswerabilityModel other) {
        return new ExtractiveAnswerer(search, config, questions, signals, check, other, shortAnswers, headings);
    }

    private ExtractiveAnswerer(SearchService search, AnswerConfig config, QuestionAnalyzer questions,
                               SignalReader signals, QuestionCheck check, AnswerabilityModel model,
                               ShortAnswers shortAnswers, Headings headings) {
        this.search = search;
        this.config = config;
        this.questions = questions;
        this.signals = signals;
        this.check = check;
        this.model = model;
        this.shortAnswers = shortAnswers;
        this.headings = headings;
    }

    /**
     * Answers a question from the corpus.
     *
     * @return an answer quoting the best sentence with its citation and the answer's confidence, or, when that
     * confidence is below {@code citeqa.answer.abstain-below}, an abstention listing the closest passages under
     * {@code related}; never null
     */
    public Answer answer(IndexedCorpus corpus, String question) {
        return recent.get(corpus, question, q -> answerAfresh(corpus, q));
    }

    private Answer answerAfresh(IndexedCorpus corpus, String question) {
        Ranking ranking = rank(corpus, question);
        if (ranking.scored().isEmpty() || !ranking.question().namesSomething()) {
            return abstain(corpus, ranking, 0);
        }
        Quote quote = quote(corpus, ranking);
        double confidence = confidence(corpus, ranking, quote);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s -> %s %.3f %s", question, ranking.question().type(), confidence, quote.citation().quote());
        }
        if (confidence < config.abstainBelow()) {
            return abstain(corpus, ranking, confidence);
        }
        boolean hedged = confidence < config.hedgeBelow();
        String text = (hedged ? HEDGE : "") + quote.citation().quote() + " [1]";
        return new Answer(question, true, text, MODE, List.of(quote.citation()), List.of(), round(confidence), hedged,
                quote.shortAnswer());
    }

    /**
     * The probability that the documents answer the question, as {@link #answer} would report it: a model's answer
     * from the same passages carries it too.
     */
    public double confidence(IndexedCorpus corpus, String question) {
        return answer(corpus, question).confidence();
    }

    /** The question's candidate sentences, scored, best first. */
    record Ranking(QuestionAnalysis question, List<SearchHit> hits, List<Scored> scored) {
    }

    /**
     * A candidate sentence, its signals, its score (log-odds that it holds the answer), and whether its quote starts
     * with the sentence before, which names what it refers to.
     */
    record Scored(Candidate candidate, double[] signals, double score, boolean quotesPrevious) {

        double signal(Signal s) {
            return signals[s.ordinal()];
        }
    }

    /** What an answer quotes: one citation of one to three adjacent sentences, and the short answer inside it. */
    record Quote(Scored best, Citation citation, ShortAnswer shortAnswer) {
    }

    /**
     * Reorders retrieved passages by their best sentence's score, so that the passage holding the sentence that
     * answers a question comes first (footnotes count here); a sentence counts for the best-ranked passage it is in,
     * and passages left without a sentence of their own keep their order after the others.
     * Ranks are renumbered from 1.
     *
     * @return at most {@code k} of the hits
     */
    public List<SearchHit> rerank(IndexedCorpus corpus, String query, List<SearchHit> hits, int k) {
        Ranking ranking = rank(corpus, query, hits, true);
        // Each sentence speaks for the best-ranked passage it is in (Candidate.hit), so that two overlapping passages
        // do not both ride on one sentence.
        Map<String, Double> best = new LinkedHashMap<>();
        for (Scored s : ranking.scored()) {
            best.merge(s.candidate().hit().chunk().id(), s.score(), Math::max);
        }
        List<SearchHit> ordered = new ArrayList<>(hits);
        ordered.sort(Comparator.comparingDouble((SearchHit h) -> -best.getOrDefault(h.chunk().id(), Double.NEGATIVE_INFINITY))
                .thenComparingInt(SearchHit::rank));
        List<SearchHit> out = new ArrayList<>(Math.min(k, ordered.size()));
        for (SearchHit h : ordered.subList(0, Math.min(k, ordered.size()))) {
            out.add(new SearchHit(out.size() + 1, h.chunk(), h.title(), h.score(), h.page()));
        }
        return out;
    }

    /** Retrieves and scores the candidate sentences of a question; what answers and training both start from. */
    Ranking rank(IndexedCorpus corpus, String question) {
        return rank(corpus, question, search.search(corpus, question, config.candidateChunks()));
    }

    private Ranking rank(IndexedCorpus corpus, String question, List<SearchHit> hits) {
        return rank(corpus, question, hits, false);
    }

    /** With {@code notes}, footnotes and headings are scored too (they rank passages in search, they never answer). */
    private Ranking rank(IndexedCorpus corpus, String question, List<SearchHit> hits, boolean notes) {
        QuestionAnalysis analysed = questions.analyze(question);
        List<Candidate> candidates = candidates(corpus, hits, notes);
        float[] questionVector = !candidates.isEmpty() && corpus.sentenceVectors().isPresent()
                && (model.uses(Signal.SIMILARITY) || model.uses(Signal.SIMILARITY_GAP))
                ? corpus.embedder().orElseThrow().embedQuery(question) : null;
        SignalReader.Readings read = signals.read(corpus, analysed, questionVector, candidates);
        double[][] rows = read.rows();
        List<Scored> scored = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            scored.add(new Scored(candidates.get(i), rows[i], model.score(rows[i]), read.quotesPrevious()[i]));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        return new Ranking(analysed, hits, List.copyOf(scored));
    }

    /**
     * The sentences of the retrieved passages, each once, with the best-ranked passage it appears in. Footnotes and
     * headings are searchable but are not answers: they are left out unless {@code notes}.
     */
    private List<Candidate> candidates(IndexedCorpus corpus, List<SearchHit> hits, boolean notes) {
        Map<Sentence, Candidate> byRank = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            Document doc = corpus.documents().get(hit.chunk().documentId());
            int notesStart = notes ? Integer.MAX_VALUE : TextCleaner.notesStart(doc.text());
            for (Sentence s : corpus.sentences().within(doc.id(), hit.chunk().start(), hit.chunk().end())) {
                if (s.span().start() < notesStart && (notes || !headings.isHeading(doc.text(), s))) {
                    byRank.putIfAbsent(s, Candidate.of(s, hit, doc));
                }
            }
        }
        return List.copyOf(byRank.values());
    }

    /**
     * The best sentence as quoted: with the sentence it refers back to (unless it refers to the title's subject), so
     * the quote says what "it" is, and with the next sentence of its paragraph when that one scores nearly as well
     * (the answer often continues there).
     */
    Quote quote(IndexedCorpus corpus, Ranking ranking) {
        Scored best = ranking.scored().get(0);
        Candidate c = best.candidate();
        List<Sentence> all = corpus.sentences().of(c.sentence().documentId());
        int index = c.sentence().index();
        int first = best.quotesPrevious() ? index - 1 : index;
        int last = index;
        if (config.maxSentences() > 1 && index + 1 < all.size()
                && samePara(c.document().text(), all.get(index), all.get(index + 1))) {
            Sentence next = all.get(index + 1);
            boolean close = ranking.scored().stream().anyMatch(s -> s.candidate().sentence().equals(next)
                    && s.score() >= best.score() - config.joinNextWithin());
            last = close ? index + 1 : index;
        }
        Citation citation = citation(corpus, 1, c.hit(), all.get(first).span().start(), all.get(last).span().end());
        List<Span> sentences = all.subList(first, last + 1).stream().map(Sentence::span).toList();
        return new Quote(best, citation,
                shortAnswers.find(ranking.question(), citation, sentences, c.sentence().span()).orElse(null));
    }

    private static boolean samePara(String text, Sentence a, Sentence b) {
        return text.indexOf("\n\n", a.span().end()) < 0 || text.indexOf("\n\n", a.span().end()) >= b.span().start();
    }

    /** The calibrated probability that the quote answers the question. */
    double confidence(IndexedCorpus corpus, Ranking ranking, Quote quote) {
        return model.confidence(model.decide(decision(corpus, ranking, quote), quote.best().signals()));
    }

    /** The {@link Decision} signals of a quote. */
    double[] decision(IndexedCorpus corpus, Ranking ranking, Quote quote) {
        double[] d = new double[Decision.values().length];
        Scored best = quote.best();
        d[Decision.SCORE.ordinal()] = best.score();
        d[Decision.MARGIN.ordinal()] = ranking.scored().size() < 2 ? Decision.MAX_MARGIN
                : Math.min(Decision.MAX_MARGIN, best.score() - ranking.scored().get(1).score());
        QuestionCheck.Found found = check(corpus, ranking.question().question(), best.candidate(),
                quote.shortAnswer() == null ? null : quote.shortAnswer().text());
        d[Decision.POLARITY.ordinal()] = found.polarity() ? 1 : 0;
        d[Decision.VALUE.ordinal()] = found.value() ? 1 : 0;
        d[Decision.EXCEPTION.ordinal()] = found.exception() ? 1 : 0;
        AnswerType type = ranking.question().type();
        boolean valueAsked = type == AnswerType.DATE || type == AnswerType.QUANTITY;
        d[Decision.VALUE_MISSING.ordinal()] = valueAsked && best.signal(Signal.TYPE_MATCH) == 0 ? 1 : 0;
        return d;
    }

    /** The claim checker on the question (as a statement with the answer filled in) against a candidate. */
    QuestionCheck.Found check(IndexedCorpus corpus, String question, Candidate c, String answer) {
        Statement statement = check.read(question, answer);
        Sentence s = c.sentence();
        String previous = s.index() > 0
                ? corpus.sentences().of(s.documentId()).get(s.index() - 1).span().of(c.document().text()) : null;
        return check.check(statement, c.text(), previous, corpus.sentences()::idf);
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
                doc.text().substring(start, end), start, end, doc.pageAt(start));
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}

package org.citeqa.answer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citeqa.corpus.Document;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;
import org.citeqa.search.SearchHit;
import org.citeqa.search.SearchService;

/**
 * Answers without a model: retrieves passages, scores their sentences and quotes the best one or two verbatim,
 * each followed by its citation marker. Abstains when no sentence covers enough of the question.
 */
@ApplicationScoped
public class ExtractiveAnswerer {

    public static final String MODE = "extractive";
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ExtractiveAnswerer.class);
    static final String NO_ANSWER = "The documents do not answer this question.";

    private final SearchService search;
    private final AnswerConfig config;
    private final QuestionAnalyzer questions;
    private final Set<String> numberWords;

    public ExtractiveAnswerer(SearchService search, AnswerConfig config, EnglishAnalysis analysis) {
        this.search = search;
        this.config = config;
        this.questions = new QuestionAnalyzer(analysis);
        this.numberWords = Set.copyOf(analysis.terms("one two three four five six seven eight nine ten eleven twelve "
                + "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
                + "eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens"));
    }

    /**
     * Answers a question by quoting the corpus: retrieves candidate chunks, scores their sentences against the
     * question (coverage of its terms, of what it asks about its names, answer type, similarity) and quotes the best
     * one or two verbatim, each with its citation. Abstains when no sentence covers the question well enough.
     *
     * @param corpus   the open index
     * @param question the question as it can be searched alone (follow-ups already made standalone)
     * @return the answer with citations whose quotes are exact spans of the documents; when the corpus does not
     *         answer, an abstention listing the closest passages as related. Never null.
     */
    public Answer answer(IndexedCorpus corpus, String question) {
        QuestionAnalysis analysis = questions.analyze(question);
        List<SearchHit> hits = search.search(corpus, question, config.candidateChunks());
        List<ScoredSentence> ranked = rank(corpus, analysis, hits);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%s -> %s %s", question, analysis.type(), analysis.terms());
            ranked.stream().limit(4).forEach(s -> LOG.debugf("  %.3f cov=%.3f content=%.3f type=%s names=%s count=%s %s", s.score(),
                    s.coverage(), s.contentCoverage(), s.typeMatch(), s.namesAll(), s.quantityStated(), s.sentence().span().of(corpus.documents().get(s.sentence().documentId()).text())));
        }
        ranked.removeIf(s -> !s.eligible(config.minCoverage(), config.minContentCoverage()));
        if (ranked.isEmpty()) {
            return abstain(corpus, question, hits);
        }
        return quote(corpus, question, choose(corpus, ranked));
    }

    private List<ScoredSentence> rank(IndexedCorpus corpus, QuestionAnalysis question, List<SearchHit> hits) {
        SentenceScorer scorer = scorer(corpus, question.question());
        Map<Sentence, ScoredSentence> best = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            String text = corpus.documents().get(hit.chunk().documentId()).text();
            for (Sentence sentence : corpus.sentences().within(hit.chunk().documentId(), hit.chunk().start(), hit.chunk().end())) {
                best.putIfAbsent(sentence, scorer.score(question, sentence, hit, text)); // first hit = best rank
            }
        }
        List<ScoredSentence> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(ScoredSentence::score).reversed());
        return ranked;
    }

    private SentenceScorer scorer(IndexedCorpus corpus, String question) {
        if (config.similarityWeight() <= 0 || corpus.sentenceVectors().isEmpty()) {
            return new SentenceScorer(corpus.sentences(), numberWords, null, null, 0);
        }
        float[] questionVector = corpus.embedder().orElseThrow().embedQuery(question);
        return new SentenceScorer(corpus.sentences(), numberWords, corpus.sentenceVectors().get(), questionVector,
                config.similarityWeight());
    }

    /**
     * The best sentence; when it lacks the kind of answer asked for but the next sentence has it, both,
     * since the answer often follows the sentence that names the question's subject.
     */
    private List<ScoredSentence> choose(IndexedCorpus corpus, List<ScoredSentence> ranked) {
        ScoredSentence top = ranked.get(0);
        List<ScoredSentence> chosen = new ArrayList<>(List.of(top));
        if (!top.typeMatch() && config.maxSentences() > 1) {
            for (ScoredSentence other : ranked) {
                if (other.typeMatch() && other.sentence().documentId().equals(top.sentence().documentId())
                        && other.sentence().index() == top.sentence().index() + 1) {
                    chosen.add(other);
                    break;
                }
            }
        }
        return chosen;
    }

    private Answer quote(IndexedCorpus corpus, String question, List<ScoredSentence> chosen) {
        StringBuilder answer = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (ScoredSentence s : chosen) {
            Citation citation = citation(corpus, citations.size() + 1, s.hit(), s.sentence().span().start(),
                    s.sentence().span().end());
            citations.add(citation);
            if (!answer.isEmpty()) {
                answer.append(' ');
            }
            answer.append(citation.quote()).append(" [").append(citation.n()).append(']');
        }
        return new Answer(question, true, answer.toString(), MODE, List.copyOf(citations), List.of());
    }

    private Answer abstain(IndexedCorpus corpus, String question, List<SearchHit> hits) {
        List<Citation> related = new ArrayList<>();
        for (SearchHit hit : hits.subList(0, Math.min(3, hits.size()))) {
            related.add(citation(corpus, related.size() + 1, hit, hit.chunk().start(), hit.chunk().end()));
        }
        return new Answer(question, false, NO_ANSWER, MODE, List.of(), List.copyOf(related));
    }

    static Citation citation(IndexedCorpus corpus, int n, SearchHit hit, int start, int end) {
        Document doc = corpus.documents().get(hit.chunk().documentId());
        return new Citation(n, doc.id(), doc.title(), hit.chunk().id(), hit.chunk().text(),
                doc.text().substring(start, end), start, end, doc.pageAt(start));
    }
}

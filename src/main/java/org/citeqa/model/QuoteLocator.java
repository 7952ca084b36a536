package org.citeqa.model;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citeqa.chunk.Span;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;

/**
 * Finds, inside a cited passage, the sentence that best supports an answer sentence (most of its rare words),
 * extended by a neighbour when the support is split across two. The span is a whole-sentence range of the
 * document's canonical text, so the quote is exact.
 */
@ApplicationScoped
public class QuoteLocator {

    /** A neighbour is added when it raises the covered share by at least this much. */
    static final double NEIGHBOUR_GAIN = 0.15;

    private final EnglishAnalysis analysis;

    public QuoteLocator(EnglishAnalysis analysis) {
        this.analysis = analysis;
    }

    public Span locate(IndexedCorpus corpus, Passage passage, String statement) {
        List<Sentence> candidates = corpus.sentences().within(passage.documentId(), passage.start(), passage.end())
                .stream().filter(s -> s.span().start() >= passage.start() && s.span().end() <= passage.end())
                .toList();
        if (candidates.isEmpty()) {
            return new Span(passage.start(), passage.end()); // a chunk cut inside one overlong sentence
        }
        Set<String> terms = new LinkedHashSet<>(analysis.terms(statement));
        int best = 0;
        double bestShare = -1;
        for (int i = 0; i < candidates.size(); i++) {
            double share = share(corpus, terms, candidates.get(i).matchTerms());
            if (share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        int first = best;
        int last = best;
        double withBefore = best > 0 ? share(corpus, terms, union(candidates.get(best - 1), candidates.get(best))) : 0;
        double withAfter = best + 1 < candidates.size()
                ? share(corpus, terms, union(candidates.get(best), candidates.get(best + 1))) : 0;
        if (Math.max(withBefore, withAfter) >= bestShare + NEIGHBOUR_GAIN) {
            if (withBefore >= withAfter) {
                first = best - 1;
            } else {
                last = best + 1;
            }
        }
        return new Span(candidates.get(first).span().start(), candidates.get(last).span().end());
    }

    private static Set<String> union(Sentence a, Sentence b) {
        Set<String> both = new HashSet<>(a.matchTerms());
        both.addAll(b.matchTerms());
        return both;
    }

    private static double share(IndexedCorpus corpus, Set<String> terms, Set<String> found) {
        double total = 0;
        double covered = 0;
        for (String term : terms) {
            double idf = corpus.sentences().idf(term);
            total += idf;
            covered += found.contains(term) ? idf : 0;
        }
        return total == 0 ? 0 : covered / total;
    }
}

package org.citeqa.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.WordNet;

/**
 * What the answerer reads of corpus sentences, remembered (bounded): the same candidate sentences come back for every
 * question about the same passages. Pure functions of their keys, so remembering them changes no answer.
 */
@jakarta.inject.Singleton
final class Recalled {

    /** Sentences remembered: several times the candidates of one question, well above a small corpus's size. */
    private static final int SENTENCES = 20_000;
    /**
     * Sentences whose WordNet group is remembered: fewer, since a group holds the senses of all its words (a few
     * kilobytes); still every candidate of a small corpus.
     */
    private static final int GROUPS = 4_096;

    private record Spans(TypedSpans.Kind kind, String text) {
    }

    private final EnglishAnalysis analysis;
    private final WordNet wordNet;
    private final Cache<Spans, List<TypedSpans.TypedSpan>> spans = Caffeine.newBuilder().maximumSize(SENTENCES).build();
    private final Cache<String, List<String>> words = Caffeine.newBuilder().maximumSize(SENTENCES).build();
    private final Cache<String, Set<String>> terms = Caffeine.newBuilder().maximumSize(SENTENCES).build();
    private final Cache<String, WordNet.Group> senses = Caffeine.newBuilder().maximumSize(GROUPS).build();

    Recalled(EnglishAnalysis analysis, WordNet wordNet) {
        this.analysis = analysis;
        this.wordNet = wordNet;
    }

    /** {@link TypedSpans#find}, remembered. */
    List<TypedSpans.TypedSpan> spans(TypedSpans.Kind kind, String text) {
        return spans.get(new Spans(kind, text), k -> List.copyOf(TypedSpans.find(k.kind(), k.text(),
                wordNet::isOnlyAName)));
    }

    /** The lower-cased words of a text that analysis keeps (content words). */
    List<String> words(String text) {
        return words.get(text, t -> {
            List<String> out = new ArrayList<>();
            for (EnglishAnalysis.Token token : analysis.tokens(t)) {
                out.add(t.substring(token.start(), token.end()).toLowerCase(Locale.ROOT));
            }
            return List.copyOf(out);
        });
    }

    /** The analysed terms of a text (a document's title), as a set. */
    Set<String> terms(String text) {
        return terms.get(text, t -> Set.copyOf(analysis.terms(t)));
    }

    /**
     * The content words of a text as one WordNet group, to relate a question word to all of them at once: building
     * one was a fifth of the answerer's time with every question new, and the same candidates come back.
     */
    WordNet.Group senses(String text) {
        return senses.get(text, t -> wordNet.group(words(t)));
    }
}

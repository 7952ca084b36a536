package org.citeqa.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.corpus.Document;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.Sentence;
import org.citeqa.index.SentenceTable;

/**
 * Reads what a sentence that refers back is about. "It was founded in 1871 by Edda Marlowe" says nothing of
 * an observatory by itself; after "The Brannock Tidal Observatory stands on a basalt headland" it is about the
 * observatory. A sentence refers back when it opens with a personal or demonstrative pronoun, or with a definite
 * description whose noun the previous sentence or the title used ("The agreement…"); what it refers to is the
 * first name the previous sentence gives, else the document's title.
 */
final class Referents {

    /** Closed-class English words that open a sentence referring back: grammar, not vocabulary. */
    private static final Set<String> PRONOUNS = Set.of("it", "its", "he", "his", "she", "her", "they", "their",
            "them", "this", "these", "that", "those", "such");
    private static final Pattern OPENING = Pattern.compile("^\\W*(\\p{L}+)(?:\\s+(\\p{L}+))?");

    private final EnglishAnalysis analysis;
    private final SentenceTable sentences;

    Referents(EnglishAnalysis analysis, SentenceTable sentences) {
        this.analysis = analysis;
        this.sentences = sentences;
    }

    /** What a sentence refers back to, when it does. */
    record Referent(Sentence previous, List<String> terms) {
    }

    Optional<Referent> of(Candidate candidate) {
        Sentence sentence = candidate.sentence();
        if (sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = sentences.of(sentence.documentId()).get(sentence.index() - 1);
        if (!refersBack(candidate.text(), previous, candidate.document())) {
            return Optional.empty();
        }
        String previousText = previous.span().of(candidate.document().text());
        List<TypedSpans.TypedSpan> names = TypedSpans.find(TypedSpans.Kind.NAME, previousText);
        String antecedent = names.isEmpty() ? candidate.document().title() : names.get(0).text();
        return Optional.of(new Referent(previous, analysis.terms(antecedent)));
    }

    private boolean refersBack(String text, Sentence previous, Document document) {
        Matcher m = OPENING.matcher(text);
        if (!m.find()) {
            return false;
        }
        String first = m.group(1).toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(first)) {
            return true;
        }
        if (!first.equals("the") || m.group(2) == null || Character.isUpperCase(m.group(2).charAt(0))) {
            return false;
        }
        List<String> noun = analysis.terms(m.group(2));
        return !noun.isEmpty() && (previous.matchTerms().contains(noun.get(0))
                || analysis.terms(document.title()).contains(noun.get(0)));
    }
}

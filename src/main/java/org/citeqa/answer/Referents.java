package org.citeqa.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.Sentence;
import org.citeqa.index.SentenceTable;
import org.citeqa.language.Coreference;

/**
 * What a candidate sentence that refers back is about, through {@link Coreference}: "It was founded in 1871 by
 * Edda Marlowe", after "The Brannock Tidal Observatory stands on a basalt headland", is about the observatory. Only
 * sentences that open with a word that can refer back, or have one after a short opening phrase, are tagged, so most
 * candidates cost nothing.
 */
final class Referents {

    /** Closed-class words a sentence referring back opens with: grammar, not vocabulary. */
    private static final Set<String> OPENERS = Set.of("it", "its", "he", "his", "she", "her", "they", "their",
            "them", "this", "these", "that", "those", "the", "such");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\W*(\\p{L}+)");
    /**
     * An opener after a short opening phrase ending in a number or a comma ("In 1921 the bridge was widened", "After
     * the war, it…"): a subject that may refer back. Other sentences are not tagged for it.
     */
    private static final Pattern AFTER_OPENING = Pattern.compile(
            "^\\W*\\p{L}+(?:(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}\\s+\\p{N}+|(?:\\s+[\\p{L}\\p{N}'’-]+){1,3}?,)\\s+("
                    + String.join("|", OPENERS) + ")\\b", Pattern.CASE_INSENSITIVE);

    private final EnglishAnalysis analysis;
    private final Coreference coreference;
    private final SentenceTable sentences;

    Referents(EnglishAnalysis analysis, Coreference coreference, SentenceTable sentences) {
        this.analysis = analysis;
        this.coreference = coreference;
        this.sentences = sentences;
    }

    /**
     * What a sentence refers back to: the sentence naming it (the one before; null when that is the title) and the
     * entity's terms.
     */
    record Referent(Sentence previous, List<String> terms) {
    }

    private static boolean opensWith(Pattern opening, String text) {
        Matcher m = opening.matcher(text);
        return m.find() && OPENERS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    Optional<Referent> of(Candidate candidate) {
        if (!opensWith(FIRST_WORD, candidate.text()) && !opensWith(AFTER_OPENING, candidate.text())) {
            return Optional.empty();
        }
        Sentence sentence = candidate.sentence();
        Sentence previous = sentence.index() > 0 ? sentences.of(sentence.documentId()).get(sentence.index() - 1) : null;
        String previousText = previous == null ? null : previous.span().of(candidate.document().text());
        return coreference.reference(candidate.text(), previousText, candidate.document().title(),
                sentences.lead(candidate.document()))
                .map(r -> new Referent(r.inPrevious() ? previous : null, analysis.terms(r.antecedent())));
    }
}

package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.citeqa.answer.Citation;
import org.citeqa.answer.QuoteMark;

/**
 * The words of an evidence quote that bear on a claim, for readers to see at a glance why it was cited: the words
 * it shares with the claim, and the words that contradict it ("Gdansk" against "Rotterdam", "did not sign" against
 * "signed", an exception list). Read with the same alignment the judge uses, whichever judge decided.
 */
@ApplicationScoped
public class DecidingWords {

    private static final int MAX_BRIDGED_WORDS = 2;

    private final Agreement agreement;

    public DecidingWords(Agreement agreement) {
        this.agreement = agreement;
    }

    /** The evidence with each quote's deciding words for the claim (read once by the caller) marked. */
    public List<Citation> mark(Statement claim, List<Citation> evidence) {
        return evidence.stream().map(c -> c.withMarks(in(claim, c.quote()))).toList();
    }

    /** Marks as offsets into {@code quote}, in order, never overlapping; contradictions win over matches. */
    public List<QuoteMark> in(Statement claim, String quote) {
        AgreementResult result = agreement.check(claim, agreement.reader().readEvidence(quote), TermWeights.uniform());
        Statement evidence = result.evidence();
        List<QuoteMark> contradictions = new ArrayList<>();
        for (Contradiction c : result.contradictions()) {
            int[] range = range(c, evidence);
            if (range != null) {
                contradictions.add(new QuoteMark(range[0], range[1], QuoteMark.Kind.CONTRADICTION));
            }
        }
        List<QuoteMark> marks = new ArrayList<>(contradictions);
        for (Token t : evidence.tokens()) {
            if (t.content() && states(claim, t)
                    && contradictions.stream().noneMatch(c -> c.start() < t.end() && t.start() < c.end())) {
                marks.add(new QuoteMark(t.start(), t.end(), QuoteMark.Kind.MATCH));
            }
        }
        marks.sort(Comparator.comparingInt(QuoteMark::start));
        return merge(marks, evidence);
    }

    /** The evidence word states one of the claim's words that carry meaning. */
    private boolean states(Statement claim, Token evidenceWord) {
        for (Token c : claim.tokens()) {
            if (c.content() && !Lexicon.LIGHT.contains(c.term()) && agreement.sameWord(c, evidenceWord)) {
                return true;
            }
        }
        return false;
    }

    /** Where the contradicting words stand in the quote: the rival value's tokens, or what the judge quoted. */
    private static int[] range(Contradiction c, Statement evidence) {
        List<Token> tokens = evidence.tokens();
        if (c.evidenceToken() < 0 || c.evidenceToken() >= tokens.size()) {
            return null;
        }
        Token at = tokens.get(c.evidenceToken());
        if (c.kind() == Contradiction.Kind.VALUE) {
            for (Fact f : evidence.facts()) {
                if (f.position() == c.evidenceToken()) {
                    return new int[] {at.start(), tokens.get(f.tokens().get(f.tokens().size() - 1)).end()};
                }
            }
            return new int[] {at.start(), at.end()};
        }
        // Polarity and exceptions quote a stretch of the evidence around the word: take the occurrence covering it.
        String text = evidence.text();
        String stated = c.stated();
        if (stated != null && !stated.isEmpty()) {
            for (int from = text.indexOf(stated); from >= 0; from = text.indexOf(stated, from + 1)) {
                if (from <= at.start() && at.end() <= from + stated.length()) {
                    return new int[] {from, from + stated.length()};
                }
            }
        }
        return new int[] {at.start(), at.end()};
    }

    /**
     * Neighbouring marks of one kind read as one phrase when only spaces and a function word or two stand between
     * them: "signed the treaty", "100th country".
     */
    private static List<QuoteMark> merge(List<QuoteMark> sorted, Statement evidence) {
        List<QuoteMark> out = new ArrayList<>();
        for (QuoteMark m : sorted) {
            QuoteMark last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.kind() == m.kind() && m.start() >= last.end() && bridgeable(evidence, last, m)) {
                out.set(out.size() - 1, new QuoteMark(last.start(), m.end(), m.kind()));
            } else if (last == null || m.start() >= last.end()) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean bridgeable(Statement evidence, QuoteMark left, QuoteMark right) {
        int words = 0;
        for (Token t : evidence.tokens()) {
            if (t.start() >= left.end() && t.end() <= right.start()) {
                if (t.punctuation() || !t.term().isEmpty() || ++words > MAX_BRIDGED_WORDS) {
                    return false;
                }
            }
        }
        return true;
    }
}

package org.citeqa.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.citeqa.chunk.Span;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.WordNet;
import org.citeqa.verify.Agreement;
import org.citeqa.verify.Statement;
import org.citeqa.verify.Token;

/**
 * How each span of a quote stands to the question in its clause, read with the claim checker's reading of the
 * quote's sentences ({@link Statement#verbSaying}, {@link Statement#clauseOf}): one per quote a short answer is
 * looked for in ({@link ShortAnswers}), which reads each sentence once.
 */
final class QuoteTies {

    private final Agreement agreement;
    private final EnglishAnalysis analysis;
    private final QuestionAnalysis question;
    private final Citation quote;
    private final List<Span> sentences;
    private final Span answering;
    private final WordNet wordNet;
    private List<EnglishAnalysis.Token> questionWords;
    private Boolean answeringStatesAskedVerb;
    /** Each question word's places in the quote, found once for all the quote's spans ({@link #saidAt}). */
    private final Map<String, List<Said>> said = new HashMap<>();

    QuoteTies(Agreement agreement, EnglishAnalysis analysis, QuestionAnalysis question, Citation quote,
              List<Span> sentences, Span answering) {
        this.agreement = agreement;
        this.analysis = analysis;
        this.question = question;
        this.quote = quote;
        this.sentences = sentences;
        this.answering = answering;
        this.wordNet = agreement.reader().wordNet();
    }

    /** Whether the span lies outside the answering sentence while that sentence states the question's verb. */
    boolean awayFromTheAskedVerb(TypedSpans.TypedSpan span) {
        int start = quote.start() + span.start();
        if (answering == null || start >= answering.start() && start < answering.end()) {
            return false;
        }
        if (answeringStatesAskedVerb == null) {
            answeringStatesAskedVerb = read(answering).tokens().stream()
                    .anyMatch(t -> t.verb() && t.content() && !t.capitalised() && isAskedWord(t));
        }
        return answeringStatesAskedVerb;
    }

    /**
     * How a span stands in its clause: whether it is said with a verb of the question ("burned down in 1899" for
     * "When did the hall burn down?", not "built in 1811" of the same sentence), and whether its clause gives
     * another number than the ones the question states and none of those ("18,000 visitors attended the 2018
     * festival" speaks of another year than "How many attended the 2019 festival?"; in a list by year, "148,000 in
     * 1895, 402,000 in 1925", the item gives the year), or another of the kind of thing
     * a word of the question names while another clause of the quote says that word ("In summer 35 scientists live
     * there; in winter the crew falls to six" for "How many live there in winter?").
     */
    record Tie(boolean saidWithAskedVerb, boolean rivalValue) {
    }

    /** The span's {@link Tie}, its sentence located and read once. */
    Tie of(TypedSpans.TypedSpan span) {
        Located at = locate(span);
        return at == null ? new Tie(false, false) : new Tie(saidWithAskedVerb(at), rivalValue(at) || rivalWord(at));
    }

    private boolean saidWithAskedVerb(Located at) {
        Token verb = at.statement().verbSaying(at.token());
        return verb != null && isAskedWord(verb) || subjectOfAskedVerb(at) || afterAskedNoun(at);
    }

    /**
     * Whether a preposition ties the span to a noun of the question's verb right before it: "until her death in
     * 1999" for "When did she die?", though the clause's verb is "chaired".
     */
    private boolean afterAskedNoun(Located at) {
        int i = at.token().index();
        if (i < 2) {
            return false;
        }
        Token preposition = at.statement().tokens().get(i - 1);
        Token noun = at.statement().tokens().get(i - 2);
        return TIES_TO_A_NOUN.contains(preposition.word().toLowerCase(Locale.ROOT)) && noun.tag().startsWith("NN")
                && noun.content() && !noun.capitalised() && isAskedWord(noun);
    }

    /**
     * Prepositions that say when, where or by whom what a noun names happened ("death in 1999", "opening by the
     * king"); not "of", which gives what the noun holds ("a team of 184"). Closed-class grammar.
     */
    private static final Set<String> TIES_TO_A_NOUN = Set.of("in", "on", "at", "during", "since", "until", "after",
            "before", "by");

    /**
     * Whether a relative clause right after the span makes it the subject of a verb of the question: "covered by
     * Jane Stirling, who also paid for…" for "Who paid for the funeral?".
     */
    private boolean subjectOfAskedVerb(Located at) {
        List<Token> tokens = at.statement().tokens();
        int next = 0;
        while (next < tokens.size() && tokens.get(next).start() < at.spanEnd()) {
            next++;
        }
        if (next + 2 >= tokens.size() || !tokens.get(next).word().equals(",")
                || !RELATIVE.contains(tokens.get(next + 1).word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = next + 2; i < Math.min(tokens.size(), next + 2 + RELATIVE_REACH); i++) {
            Token t = tokens.get(i);
            if (t.verb() && t.content()) {
                return isAskedWord(t);
            }
        }
        return false;
    }

    /** Whether a word of the quote says the same as one of the question's. */
    private boolean isAskedWord(Token word) {
        String text = question.question();
        for (EnglishAnalysis.Token asked : questionWords()) {
            if (agreement.sameWord(text.substring(asked.start(), asked.end()), asked.term(), word)) {
                return true;
            }
        }
        return false;
    }

    private boolean rivalValue(Located at) {
        if (question.numbers().isEmpty()) {
            return false;
        }
        int clause = at.statement().clauseOf(at.token());
        boolean other = false;
        boolean otherInItem = false;
        boolean askedElsewhere = false;
        for (Token t : at.statement().tokens()) {
            if (!t.digits() || at.statement().clauseOf(t) != clause
                    || t.start() >= at.spanStart() && t.start() < at.spanEnd()) {
                continue;
            }
            Set<String> numbers = QuestionAnalyzer.numbers(t.word());
            if (numbers.isEmpty()) {
                continue;
            }
            boolean sameItem = sameItem(at.statement(), at.token(), t);
            if (question.numbers().containsAll(numbers)) {
                if (sameItem || !YEAR.matcher(t.word()).matches()) {
                    return false;
                }
                askedElsewhere = true;
            } else {
                other = true;
                otherInItem |= sameItem && YEAR.matcher(t.word()).matches();
            }
        }
        // In a list by year ("148,000 in 1895, 231,000 in 1910 and 402,000 in 1925") the question's year ties one
        // item only: another item's value, given with a year of its own, is of that year.
        return askedElsewhere ? otherInItem : other;
    }

    /** A year, as a list by year gives one. */
    private static final Pattern YEAR = Pattern.compile("(?:1[0-9]|20)\\d{2}");

    /** Whether no comma or semicolon stands between two tokens: they are in one item of a list. */
    private static boolean sameItem(Statement statement, Token a, Token b) {
        int from = Math.min(a.index(), b.index());
        int to = Math.max(a.index(), b.index());
        for (int i = from + 1; i < to; i++) {
            String w = statement.tokens().get(i).word();
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the span's clause leaves out a word of the question that another clause of the quote says, and says a
     * sister of it instead (one WordNet hypernym apart each) after the same word: "in summer" against "in winter" is
     * another case of one frame, while "without permanent shelter" after "homes had been rebuilt" says what the
     * question's "homes" says.
     */
    private boolean rivalWord(Located at) {
        Statement statement = at.statement();
        int clause = statement.clauseOf(at.token());
        String text = question.question();
        for (EnglishAnalysis.Token asked : questionWords()) {
            String word = text.substring(asked.start(), asked.end());
            if (!Character.isLowerCase(word.charAt(0)) || statement.tokens().stream().anyMatch(t ->
                    statement.clauseOf(t) == clause && agreement.sameWord(word, asked.term(), t))) {
                continue;
            }
            Set<String> framed = wordsBefore(word, asked.term(), statement, clause);
            for (Token t : statement.tokens()) {
                if (t.index() > 0 && statement.clauseOf(t) == clause && t.content() && !t.capitalised() && !t.digits()
                        && framed.contains(statement.tokens().get(t.index() - 1).word().toLowerCase(Locale.ROOT))
                        && wordNet.hypernymDistance(word, t.word().toLowerCase(Locale.ROOT), SISTERS)
                        .filter(d -> d == SISTERS).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Hypernym links between two kinds of one thing: each is one link below what they share. */
    private static final int SISTERS = 2;

    /**
     * The words (lower case) right before each place a sentence of the quote says the word outside the given clause
     * of the given statement.
     */
    private Set<String> wordsBefore(String word, String term, Statement statement, int clause) {
        Set<String> before = new HashSet<>();
        for (Said said : saidAt(word, term)) {
            if (!said.sentence().equals(statement.text()) || said.clause() != clause) {
                before.add(said.before());
            }
        }
        return before;
    }

    /** Where the quote says a word of the question: its sentence, clause and the word before it. */
    private record Said(String sentence, int clause, String before) {
    }

    private List<Said> saidAt(String word, String term) {
        return said.computeIfAbsent(word, w -> {
            List<Said> out = new ArrayList<>();
            for (Span sentence : sentences) {
                if (sentence.end() <= quote.start() || sentence.start() >= quote.end()) {
                    continue;
                }
                Statement other = read(sentence);
                for (Token t : other.tokens()) {
                    if (t.index() > 0 && agreement.sameWord(word, term, t)) {
                        out.add(new Said(other.text(), other.clauseOf(t),
                                other.tokens().get(t.index() - 1).word().toLowerCase(Locale.ROOT)));
                    }
                }
            }
            return List.copyOf(out);
        });
    }

    /**
     * The question's words, analysed but not tagged: tagging it again on every request cost a fifth of new
     * questions' throughput.
     */
    private List<EnglishAnalysis.Token> questionWords() {
        if (questionWords == null) {
            questionWords = analysis.tokens(question.question());
        }
        return questionWords;
    }

    /** Whether the quote's words at {@code [from, to)} (offsets in the quote) hold a finite verb: a clause. */
    boolean holdsAFiniteVerb(int from, int to) {
        Span sentence = sentenceAt(from);
        if (sentence == null) {
            return false;
        }
        int base = inQuote(sentence);
        return read(sentence).tokens().stream()
                .anyMatch(t -> t.start() >= from - base && t.end() <= to - base && FINITE.contains(t.tag()));
    }

    /** The sentence of the quote that holds the span, read, and the span's first token in it. */
    private Located locate(TypedSpans.TypedSpan span) {
        Span sentence = sentenceAt(span.start());
        if (sentence == null) {
            return null;
        }
        int at = span.start() - inQuote(sentence);
        Statement statement = read(sentence);
        Token token = statement.tokenAt(at);
        return token == null ? null : new Located(statement, token, at, at + span.text().length());
    }

    /** The sentence of the quote holding the quote's character {@code offset}, or null. */
    private Span sentenceAt(int offset) {
        int start = quote.start() + offset;
        for (Span sentence : sentences) {
            if (start >= sentence.start() && start < sentence.end()) {
                return sentence;
            }
        }
        return null;
    }

    /** Where the sentence's part inside the quote starts, as an offset in the quote. */
    private int inQuote(Span sentence) {
        return Math.max(sentence.start(), quote.start()) - quote.start();
    }

    /** The claim checker's reading of one sentence of the quote (the part of it inside the quote). */
    private Statement read(Span sentence) {
        int to = Math.min(sentence.end(), quote.end()) - quote.start();
        return agreement.reader().readEvidence(quote.quote().substring(inQuote(sentence), to));
    }

    /** Penn Treebank tags of a finite verb or a modal. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

    /** Relative pronouns that open a clause whose subject is what they follow. */
    private static final Set<String> RELATIVE = Set.of("who", "which");
    /** How many words after the relative pronoun its verb is looked for: "who also paid", "which had long been". */
    private static final int RELATIVE_REACH = 3;

    /** A span found in its sentence's reading: the sentence, its first token, and its offsets in the sentence. */
    private record Located(Statement statement, Token token, int spanStart, int spanEnd) {
    }
}

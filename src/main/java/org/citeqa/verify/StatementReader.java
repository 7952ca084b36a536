package org.citeqa.verify;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.TaggedSentence;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;

/**
 * Reads a sentence into a {@link Statement}: words with their analysed terms (the index's analysis, which folds
 * irregular past forms and British spellings, so "led"/"leads" and "recognised"/"recognized" meet), negation and
 * exception scopes, parts of speech (OpenNLP), and key facts: dates, years, months, numbers with the noun they count,
 * ordinals and names typed as place, organisation or person.
 */
@Singleton
public final class StatementReader {

    private static final Pattern TOKEN = Pattern.compile(
            "\\d{3}0s(?!\\p{L})|\\d+(?:[.,]\\d+)*(?:st|nd|rd|th)?|\\p{L}[\\p{L}\\p{M}'’]*|[.,;:!?()%\"“”–—\\[\\]]");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th)");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** How many words from a negation the word it governs may stand. */
    private static final int NEGATION_REACH = 5;
    /**
     * How many words after a negation the rest of its clause is read for: an "until" that limits it in time, or the
     * verb of "none of the … were".
     */
    private static final int CLAUSE_REACH = 10;
    /** Penn Treebank tags of grammar words: they carry no content of a statement. */
    private static final java.util.Set<String> FUNCTION_TAGS = java.util.Set.of("IN", "TO", "DT", "PDT", "CC", "PRP",
            "PRP$", "WDT", "WP", "WP$", "WRB", "MD", "EX", "POS", "RP");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    private final EnglishAnalysis analysis;
    private final Tagger tagger;
    private final WordNet wordNet;
    private final LoadingCache<String, String> terms;
    private final LoadingCache<String, Statement> evidence;

    @Inject
    public StatementReader(EnglishAnalysis analysis, Tagger tagger, WordNet wordNet, ReadingCacheConfig caches) {
        this.analysis = analysis;
        this.tagger = tagger;
        this.wordNet = wordNet;
        this.terms = Caffeine.newBuilder().maximumSize(caches.terms()).build(this::analyse);
        this.evidence = Caffeine.newBuilder().maximumSize(caches.evidence()).build(this::read);
    }

    /** With the default cache sizes. */
    public StatementReader(EnglishAnalysis analysis, Tagger tagger, WordNet wordNet) {
        this(analysis, tagger, wordNet, new ReadingCacheConfig() {
            public long terms() {
                return 200_000;
            }

            public long evidence() {
                return 50_000;
            }
        });
    }

    /**
     * Whether a statement asserts anything: it has a verb. A title or a noun phrase ("The Harbour Board") names
     * something without saying anything of it, so no passage can support or refute it. The tagger reads a verb as a
     * noun now and then ("Ostmark borders Valdoria"), so a lower-case word that WordNet knows as a verb counts too
     * when words stand on both sides of it; the last word of a noun phrase is its noun ("Ship models").
     */
    boolean asserts(Statement statement) {
        List<Token> words = statement.tokens().stream().filter(t -> !t.punctuation()).toList();
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            if (t.verb() || t.tag().equals("MD") || i > 0 && i < words.size() - 1 && !t.capitalised() && !t.digits()
                    && wordNet.canBeVerb(t.word())) {
                return true;
            }
        }
        return false;
    }

    public WordNet wordNet() {
        return wordNet;
    }

    /**
     * Reads a sentence of the corpus, remembering it. Only for corpus text: what users send goes through
     * {@link #read}, so that their wording cannot crowd the corpus out of the cache.
     *
     * @return the statement, the same instance while it stays cached
     */
    public Statement readEvidence(String sentence) {
        return evidence.get(sentence);
    }

    /**
     * Reads text into a statement: its words with their analysed terms and offsets, which words a negation or an
     * exception governs, whether it speaks universally, and its key facts (dates, numbers with what they count,
     * ordinals, typed names). Not cached: for what users send.
     *
     * @param text a sentence or claim; any string, empty included
     * @return the statement; never null
     */
    public Statement read(String text) {
        List<Raw> raw = tokenize(text);
        TaggedSentence tagged = tagger.tag(text, raw.stream().map(r -> new int[] {r.start, r.end}).toList());
        boolean[] negated = new boolean[raw.size()];
        String[] cues = new String[raw.size()];
        boolean[] contrasted = new boolean[raw.size()];
        markNegations(raw, tagged, negated, cues, contrasted);
        boolean[] excepted = markExceptions(raw, tagged);
        List<Token> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Raw r = raw.get(i);
            String tag = tagged.tokens().get(i).tag();
            // Grammar words assert nothing: prepositions, determiners, conjunctions, pronouns, modals, particles, and
            // the "one" of "no one", a pronoun as "nobody" is.
            String term = FUNCTION_TAGS.contains(tag) && !r.digits() || noOne(raw, i) ? "" : r.term;
            tokens.add(new Token(i, r.word, term, r.start, r.end, r.capitalised(), r.digits(), r.punctuation(),
                    negated[i], cues[i], contrasted[i], excepted[i], tag));
        }
        List<Fact> facts = new FactReader(tokens, tagged, wordNet).read();
        boolean universal = raw.stream().anyMatch(r -> Lexicon.UNIVERSAL.contains(r.lower));
        List<Token> read = List.copyOf(tokens);
        return new Statement(text, read, facts, universal, Clauses.of(read));
    }

    /** The analysed term of one word, as statements compare them. */
    String term(String word) {
        return terms.get(word);
    }

    private String analyse(String word) {
        String lower = fold(word.toLowerCase(Locale.ROOT));
        if (lower.endsWith("n't") || lower.endsWith("n’t")) {
            return "";
        }
        if (Lexicon.FUNCTION_WORDS.contains(lower)) {
            return "";
        }
        List<String> terms = analysis.terms(lower);
        return terms.isEmpty() ? "" : terms.get(0);
    }

    private List<Raw> tokenize(String text) {
        List<Raw> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            // The possessive is its own token, as the tagger expects: "Norway|'s coastline".
            boolean possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"));
            if (possessive) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
            }
            boolean punctuation = !Character.isLetterOrDigit(word.charAt(0));
            String term = punctuation ? "" : term(word);
            tokens.add(new Raw(word, fold(word.toLowerCase(Locale.ROOT)), term, m.start(), end, tokens.isEmpty()));
            if (possessive) {
                tokens.add(new Raw(m.group().substring(word.length()), "'s", "", end, m.end(), false));
            }
        }
        return tokens;
    }

    /**
     * A negation governs the next lowercase content word, skipping auxiliaries and articles and stopping at
     * punctuation: "did not violate", "has never recognised", "refused to sign". "Not only" negates nothing, and
     * "not … until 1871" says when, not whether. A negating verb in the passive governs the word before it: "the plan
     * is rejected by the council". "Rather than" and "instead of" deny what follows them ("steel rather than
     * concrete"), marked apart as {@code contrasted}: claims read them, questions do not (the answerability model was
     * trained without them, and with them its worth on the even dev halves fell from 0.213 to 0.200).
     */
    private static void markNegations(List<Raw> raw, TaggedSentence tagged, boolean[] negated, String[] cues,
                                      boolean[] contrasted) {
        for (int i = 0; i < raw.size(); i++) {
            Raw cue = raw.get(i);
            boolean contrast = i > 0 && cue.lower.equals(Lexicon.CONTRAST_NEGATORS.get(raw.get(i - 1).lower));
            boolean word = Lexicon.NEGATORS.contains(cue.lower) || cue.lower.endsWith("n't") || cue.lower.endsWith("n’t")
                    || contrast;
            boolean verb = Lexicon.NEGATING_VERBS.contains(cue.term);
            if (!word && !verb) {
                continue;
            }
            if (cue.lower.equals("not") && i + 1 < raw.size() && raw.get(i + 1).lower.equals("only")) {
                continue;
            }
            if (word && limitedInTime(raw, i)) {
                continue;
            }
            // Passive: in "the plan is rejected by the council" what was rejected came before.
            boolean passive = verb && !word && i + 1 < raw.size() && raw.get(i + 1).lower.equals("by");
            int target = word ? governedAfterPartitive(raw, tagged, i) : -1;
            if (target < 0) {
                // "no one" is "nobody": it denies the verb after it, not the "one"
                int from = noOne(raw, i + 1) ? i + 1 : i;
                target = governed(raw, tagged, from, passive ? -1 : 1);
            }
            if (target >= 0) {
                negated[target] = !contrast;
                contrasted[target] = contrast;
                cues[target] = cue.term.isEmpty() ? cue.lower : cue.term;
            }
        }
    }

    /** Whether the word at {@code i} is the "one" of "no one", a pronoun as "nobody" is. */
    private static boolean noOne(List<Raw> raw, int i) {
        return i > 0 && i < raw.size() && raw.get(i).lower.equals("one") && raw.get(i - 1).lower.equals("no");
    }

    /**
     * What "none of the halls were damaged" denies: the word after the verb that follows "none of …", not the halls;
     * -1 when the negation at {@code at} opens no such phrase.
     */
    private static int governedAfterPartitive(List<Raw> raw, TaggedSentence tagged, int at) {
        if (at + 1 >= raw.size() || !raw.get(at + 1).lower.equals("of")) {
            return -1;
        }
        int verb = laterInClause(raw, at, w -> Lexicon.AUXILIARIES.contains(w.lower) && !w.lower.equals("to"));
        return verb < 0 ? -1 : governed(raw, tagged, verb, 1);
    }

    /**
     * Whether the negation at {@code at} only says when: "not … until 1871" later in the same clause says that it
     * happened, then.
     */
    private static boolean limitedInTime(List<Raw> raw, int at) {
        return laterInClause(raw, at, w -> Lexicon.TIME_LIMITS.contains(w.lower)) >= 0;
    }

    /**
     * The first word after {@code at} and within {@link #CLAUSE_REACH} words of the negation that is what is sought,
     * not crossing punctuation; -1 when there is none.
     */
    private static int laterInClause(List<Raw> raw, int at, Predicate<Raw> sought) {
        for (int j = at + 1; j < raw.size() && j <= at + CLAUSE_REACH; j++) {
            Raw word = raw.get(j);
            if (word.punctuation()) {
                return -1;
            }
            if (sought.test(word)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The word a negation at {@code at} governs, looking one way ({@code step} 1 or -1): the nearest lowercase
     * content word within {@link #NEGATION_REACH} words, skipping auxiliaries, articles and adverbs ("is not
     * natively supported" denies the support), not crossing punctuation; -1 when there is none.
     */
    private static int governed(List<Raw> raw, TaggedSentence tagged, int at, int step) {
        for (int j = at + step; j >= 0 && j < raw.size() && Math.abs(j - at) <= NEGATION_REACH; j += step) {
            Raw word = raw.get(j);
            if (word.punctuation()) {
                return -1;
            }
            if (!Lexicon.NEGATION_GAP.contains(word.lower) && !word.term.isEmpty() && !word.capitalised()
                    && !word.digits() && !tagged.tokens().get(j).tag().startsWith("RB")) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Names listed after "except (for)", "with the exception of", "apart from", "excluding", "other than". An item of
     * the list may be a noun phrase ("except for the four Alder Pact members, and Ostmark"): past its words the list
     * goes on when a comma (and "and" or "or") leads to another name, and ends at a verb or any other punctuation.
     */
    private static boolean[] markExceptions(List<Raw> raw, TaggedSentence tagged) {
        boolean[] excepted = new boolean[raw.size()];
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i).lower;
            boolean cue = Lexicon.EXCEPTION_CUES.contains(w) && !w.equals("apart") && !w.equals("other")
                    || (w.equals("apart") || w.equals("other")) && i + 1 < raw.size()
                    && (raw.get(i + 1).lower.equals("from") || raw.get(i + 1).lower.equals("than"));
            if (!cue) {
                continue;
            }
            boolean sawName = false;
            for (int j = i + 1; j < raw.size(); j++) {
                Raw t = raw.get(j);
                if (t.punctuation() && !t.word.equals(",")) {
                    break;
                }
                if (t.capitalised() && !t.digits()) {
                    excepted[j] = true;
                    sawName = true;
                } else if (sawName && !t.punctuation() && !List.of("and", "or", "the", "for", "of").contains(t.lower)) {
                    int next = nextListedName(raw, tagged, j);
                    if (next < 0) {
                        break;
                    }
                    j = next - 1;
                }
            }
        }
        return excepted;
    }

    /**
     * Where the list goes on past the rest of a noun-phrase item starting at {@code from}: the name after the
     * item's closing comma (and an "and" or "or"), or -1 when a verb or other punctuation comes first.
     */
    private static int nextListedName(List<Raw> raw, TaggedSentence tagged, int from) {
        int k = from;
        while (k < raw.size() && !raw.get(k).punctuation()) {
            String tag = tagged.tokens().get(k).tag();
            if (tag.startsWith("VB") || tag.equals("MD") || tag.startsWith("W")) {
                return -1;
            }
            k++;
        }
        if (k >= raw.size() || !raw.get(k).word.equals(",")) {
            return -1;
        }
        k++;
        if (k < raw.size() && (raw.get(k).lower.equals("and") || raw.get(k).lower.equals("or"))) {
            k++;
        }
        return k < raw.size() && raw.get(k).capitalised() && !raw.get(k).digits() ? k : -1;
    }

    /** Drops accents: "Gdańsk" → "Gdansk". ASCII text, nearly all of it, is returned as it is. */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return s;
    }

    /** A token while the statement is being read. */
    private record Raw(String word, String lower, String term, int start, int end, boolean first) {

        boolean punctuation() {
            return !Character.isLetterOrDigit(word.charAt(0));
        }

        boolean digits() {
            return Character.isDigit(word.charAt(0));
        }

        boolean capitalised() {
            return Character.isUpperCase(word.charAt(0));
        }
    }

    static boolean isOrdinalDigits(String word) {
        return ORDINAL_DIGITS.matcher(word).matches();
    }

    /** "51,000" → 51000, "1.7" → 1.7; other commas end the number. */
    static double parseNumber(String digits) {
        String plain = THOUSANDS.matcher(digits).matches() ? digits.replace(",", "") : digits.replace(',', '.');
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}

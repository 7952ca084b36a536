package org.citeqa.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;
import org.citeqa.index.SentenceTable;
import org.citeqa.index.SentenceVectors;
import org.citeqa.language.Coreference;
import org.citeqa.language.WordNet;

/**
 * Reads the {@link Signal}s of every candidate sentence of one question. Pure: the same question, candidates
 * and corpus give the same numbers.
 */
@jakarta.inject.Singleton
final class SignalReader {

    /** Shorter analysed stems at least this long match longer ones they begin ("appoint" ~ "appointment"). */
    static final int MIN_PREFIX = 5;
    /** How many characters from a stated question word a typed value may stand to count as near it. */
    static final int NEAR_CHARS = 60;
    private static final double LENGTH_SCALE = 40;
    /** Words that negate: closed-class grammar. */
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|none|nor|neither|cannot|without)\\b|n['’]t\\b",
            Pattern.CASE_INSENSITIVE);
    /** Connectives that give a reason: closed-class grammar. */
    private static final Pattern REASON = Pattern.compile(
            "\\b(?:because|due to|owing to|as a result|in order to|so that|since|so as to|for fear|given that|thanks to"
                    + "|reasons?|caused|causes|led to|leads to)\\b", Pattern.CASE_INSENSITIVE);

    private final EnglishAnalysis analysis;
    private final Coreference coreference;
    private final NameRoles roles;
    private final Recalled recalled;
    private final WordNet wordNet;
    /** Units of measure and of time, which a measure asked for with "how long" ends with. */
    private final Predicate<String> units;

    SignalReader(EnglishAnalysis analysis, Coreference coreference, NameRoles roles, Recalled recalled,
                 WordNet wordNet) {
        this.analysis = analysis;
        this.coreference = coreference;
        this.roles = roles;
        this.recalled = recalled;
        this.wordNet = wordNet;
        this.units = Quantities.unitsIn(wordNet);
    }

    /**
     * What the candidates say: one row of signals per candidate, indexed by {@link Signal#ordinal()}, and whether
     * each refers back to what the sentence before it names (not the title), so that its quote holds that sentence.
     */
    record Readings(double[][] rows, boolean[] quotesPrevious) {
    }

    Readings read(IndexedCorpus corpus, QuestionAnalysis question, float[] questionVector,
                  List<Candidate> candidates) {
        Question q = new Question(question, corpus.sentences(), analysis);
        ShortNames shortNames = new ShortNames(question.question(), analysis, wordNet::isCommonWord);
        Referents referents = new Referents(analysis, coreference, corpus.sentences());
        SentenceVectors vectors = questionVector == null ? null : corpus.sentenceVectors().orElse(null);
        double[][] rows = new double[candidates.size()][Signal.values().length];
        boolean[] quotesPrevious = new boolean[candidates.size()];
        double bestSimilarity = 0;
        double bestCoverage = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            double[] row = rows[i];
            Optional<Referents.Referent> referent = referents.of(c);
            quotesPrevious[i] = referent.map(r -> r.previous() != null).orElse(false);
            read(q, c, referent, shortNames, corpus.sentences(), row, seen);
            bestCoverage = Math.max(bestCoverage, row[Signal.PREFIX_COVERAGE.ordinal()]);
            if (vectors != null) {
                row[Signal.SIMILARITY.ordinal()] = SentenceVectors.similarity(questionVector, vectors.of(c.sentence()));
                bestSimilarity = Math.max(bestSimilarity, row[Signal.SIMILARITY.ordinal()]);
                List<Sentence> all = corpus.sentences().of(c.sentence().documentId());
                int at = c.sentence().index();
                row[Signal.PREVIOUS_SIMILARITY.ordinal()] = at > 0
                        ? SentenceVectors.similarity(questionVector, vectors.of(all.get(at - 1))) : 0;
                row[Signal.NEXT_SIMILARITY.ordinal()] = at + 1 < all.size()
                        ? SentenceVectors.similarity(questionVector, vectors.of(all.get(at + 1))) : 0;
            }
        }
        double unseen = q.share(t -> !seen.contains(t));
        for (double[] row : rows) {
            row[Signal.SIMILARITY_GAP.ordinal()] = vectors == null ? 0 : bestSimilarity - row[Signal.SIMILARITY.ordinal()];
            row[Signal.COVERAGE_GAP.ordinal()] = bestCoverage - row[Signal.PREFIX_COVERAGE.ordinal()];
            row[Signal.UNSEEN.ordinal()] = unseen;
        }
        return new Readings(rows, quotesPrevious);
    }

    private void read(Question q, Candidate c, Optional<Referents.Referent> referent, ShortNames shortNames,
                      SentenceTable table, double[] row, Set<String> seen) {
        Sentence s = c.sentence();
        // A sentence that refers back is read with what it refers to: "It was founded by Edda Marlowe" states the
        // observatory's name as much as its founder's; one that calls a name by its last word ("Varga died…") states
        // the whole name.
        Set<String> own = referent.isEmpty() ? s.matchTerms() : union(s.matchTerms(), referent.get().terms());
        Set<String> named = shortNames.statedBy(c.text(), c.document().id(), c.document().text());
        if (!named.isEmpty()) {
            own = union(own, List.copyOf(named));
        }
        Set<String> context = new HashSet<>(own);
        List<Sentence> all = table.of(s.documentId());
        if (s.index() > 0) {
            context.addAll(all.get(s.index() - 1).matchTerms());
        }
        Optional<Sentence> next = s.index() + 1 < all.size() ? Optional.of(all.get(s.index() + 1)) : Optional.empty();
        next.ifPresent(n -> context.addAll(n.matchTerms()));
        Set<String> title = recalled.terms(c.document().title());

        // The sentence's words in WordNet, read only when a question word is not stated plainly.
        WordNet.Group senses = null;
        double total = 0, exact = 0, prefix = 0, soft = 0, near = 0, namesTotal = 0, namesMissing = 0, maxMissing = 0;
        int missing = 0;
        boolean antonym = false;
        for (String term : q.terms) {
            double idf = q.idf(term);
            total += idf;
            boolean stated = own.contains(term);
            boolean statedLoosely = stated || statesPrefix(own, term);
            boolean statedSoftly = statedLoosely;
            if (!statedLoosely) {
                if (senses == null) {
                    senses = recalled.senses(c.text());
                }
                statedSoftly = q.words(term).stream().anyMatch(senses::closeInMeaning);
                antonym |= q.words(term).stream().anyMatch(senses::opposes);
            }
            soft += statedSoftly ? idf : 0;
            boolean statedNear = statedSoftly || context.contains(term) || statesPrefix(context, term);
            missing += statedNear || title.contains(term) ? 0 : 1;
            if (statedNear || title.contains(term)) {
                seen.add(term);
            }
            exact += stated ? idf : 0;
            prefix += statedLoosely ? idf : 0;
            near += statedNear ? idf : 0;
            if (q.analysis.nameTerms().contains(term)) {
                namesTotal += idf;
                namesMissing += statedNear || title.contains(term) ? 0 : idf;
            }
            if (!statedNear && !title.contains(term)) {
                maxMissing = Math.max(maxMissing, idf / q.maxIdf);
            }
        }
        row[Signal.COVERAGE.ordinal()] = total == 0 ? 0 : exact / total;
        row[Signal.PREFIX_COVERAGE.ordinal()] = total == 0 ? 0 : prefix / total;
        row[Signal.SYNONYM_GAIN.ordinal()] = total == 0 ? 0 : (soft - prefix) / total;
        row[Signal.CONTEXT_GAIN.ordinal()] = total == 0 ? 0 : (near - soft) / total;
        row[Signal.ANTONYM.ordinal()] = antonym ? 1 : 0;
        row[Signal.ONE_MISSING.ordinal()] = missing == 1 ? 1 : 0;
        row[Signal.NAMES_MISSING.ordinal()] = namesTotal == 0 ? 0 : namesMissing / namesTotal;
        row[Signal.MAX_MISSING.ordinal()] = maxMissing;

        readValues(q, c, next, row);
        long novel = s.matchTerms().stream().filter(t -> !q.termSet.contains(t)).count();
        row[Signal.NOVELTY.ordinal()] = s.matchTerms().isEmpty() ? 0 : (double) novel / s.matchTerms().size();
        row[Signal.LENGTH.ordinal()] = Math.min(1, s.terms().size() / LENGTH_SCALE);
        row[Signal.ORDER.ordinal()] = order(q.sequence, s.terms());
        row[Signal.DENSITY.ordinal()] = density(q.termSet, s.terms());
        row[Signal.NEGATION_MISMATCH.ordinal()] = q.negated != NEGATION.matcher(c.text()).find() ? 1 : 0;
        row[Signal.REFERS_BACK.ordinal()] = referent.isPresent() ? 1 : 0;
    }

    /** The signals about values of the asked type: dates, numbers, names, reasons, and counts of what is counted. */
    private void readValues(Question q, Candidate c, Optional<Sentence> next, double[] row) {
        boolean asked = q.kind != null || q.analysis.type() == AnswerType.REASON;
        boolean counting = !q.analysis.countedTerms().isEmpty();
        row[Signal.TYPE_ASKED.ordinal()] = asked ? 1 : 0;
        if (!asked && !counting) {
            return;
        }
        String text = c.text();
        List<EnglishAnalysis.Token> tokens = analysis.tokens(text);
        Quantities quantities = q.kind == TypedSpans.Kind.QUANTITY || counting ? quantities(q, text, tokens) : null;
        if (asked) {
            List<int[]> fresh = freshValues(q, text, quantities);
            row[Signal.TYPE_MATCH.ordinal()] = fresh.isEmpty() ? 0 : 1;
            row[Signal.TYPE_NEAR.ordinal()] = near(fresh, statedWordOffsets(q, tokens)) ? 1 : 0;
            row[Signal.ROLE_MATCH.ordinal()] = fresh.stream()
                    .anyMatch(v -> NameRoles.matches(q.analysis.type(), roles.of(text, v[0], v[1]))) ? 1 : 0;
            row[Signal.NEXT_TYPE_MATCH.ordinal()] = next.map(n -> n.span().of(c.document().text()))
                    .map(n -> freshValues(q, n, q.kind == TypedSpans.Kind.QUANTITY
                            ? quantities(q, n, analysis.tokens(n)) : null))
                    .map(f -> f.isEmpty() ? 0.0 : 1.0).orElse(0.0);
        }
        if (counting) {
            row[Signal.COUNT_ASKED.ordinal()] = 1;
            row[Signal.COUNT_MATCH.ordinal()] = quantities.anyCounts() ? 1 : 0;
        }
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    static boolean statesPrefix(Set<String> terms, String term) {
        if (term.length() < MIN_PREFIX) {
            return false;
        }
        for (String t : terms) {
            if (t.length() >= MIN_PREFIX && (t.startsWith(term) || term.startsWith(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Offsets {start, end} of the values of the asked type in the text that the question does not state; with the
     * text's quantities, only numbers that can answer (not "2008" of a date, see {@link Quantities#answers}).
     */
    private List<int[]> freshValues(Question q, String text, Quantities quantities) {
        List<int[]> out = new ArrayList<>();
        if (q.kind == null) {
            var m = REASON.matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
            return out;
        }
        for (TypedSpans.TypedSpan span : recalled.spans(q.kind, text)) {
            if (!q.analysis.states(span, analysis) && (span.kind() != TypedSpans.Kind.NAME
                    || NameRoles.fits(q.analysis.type(), roles.of(text, span.start(), span.end())))
                    && (span.kind() != TypedSpans.Kind.QUANTITY || quantities.answers(span))) {
                out.add(new int[] {span.start(), span.end()});
            }
        }
        return out;
    }

    private Quantities quantities(Question q, String text, List<EnglishAnalysis.Token> tokens) {
        return new Quantities(text, recalled.spans(TypedSpans.Kind.QUANTITY, text), tokens,
                // Measures are no short answers to "how many members", but stay values for the signals: read as no
                // answer there, they cost the second domain's even half a right answer on retraining. "How long"
                // asks for one, so that only a measure is a value of the asked type ("lasted seven weeks").
                recalled.spans(TypedSpans.Kind.DATE, text), q.analysis.countedTerms(), q.analysis.asksAmount(),
                q.analysis.asksLength(), q.analysis.asksLength() ? units : word -> false);
    }

    /** Character offsets of the sentence's words that state a question term. */
    private static List<Integer> statedWordOffsets(Question q, List<EnglishAnalysis.Token> tokens) {
        List<Integer> out = new ArrayList<>();
        for (EnglishAnalysis.Token t : tokens) {
            if (q.termSet.contains(t.term())) {
                out.add(t.start());
            }
        }
        return out;
    }

    private static boolean near(List<int[]> values, List<Integer> words) {
        for (int[] v : values) {
            for (int w : words) {
                if (w >= v[0] - NEAR_CHARS && w <= v[1] + NEAR_CHARS) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Share of the question's adjacent term pairs that the sentence states in order within three terms. */
    static double order(List<String> sequence, List<String> terms) {
        int pairs = 0;
        int found = 0;
        for (int i = 0; i + 1 < sequence.size(); i++) {
            String a = sequence.get(i);
            String b = sequence.get(i + 1);
            if (a.equals(b)) {
                continue;
            }
            pairs++;
            outer:
            for (int x = 0; x < terms.size(); x++) {
                if (terms.get(x).equals(a)) {
                    for (int y = x + 1; y < terms.size() && y <= x + 3; y++) {
                        if (terms.get(y).equals(b)) {
                            found++;
                            break outer;
                        }
                    }
                }
            }
        }
        return pairs == 0 ? 0 : (double) found / pairs;
    }

    /** Distinct question terms stated, over the width (in terms) of the shortest run of the sentence holding them. */
    static double density(Set<String> questionTerms, List<String> terms) {
        List<String> wanted = terms.stream().filter(questionTerms::contains).distinct().toList();
        if (wanted.size() < 2) {
            return wanted.size();
        }
        int[] counts = new int[wanted.size()];
        int covered = 0;
        int best = Integer.MAX_VALUE;
        for (int lo = 0, hi = 0; hi < terms.size(); hi++) {
            int h = wanted.indexOf(terms.get(hi));
            if (h >= 0 && counts[h]++ == 0) {
                covered++;
            }
            while (covered == wanted.size()) {
                best = Math.min(best, hi - lo + 1);
                int l = wanted.indexOf(terms.get(lo));
                if (l >= 0 && --counts[l] == 0) {
                    covered--;
                }
                lo++;
            }
        }
        return (double) wanted.size() / best;
    }

    /** What the signals need of the question, computed once per question. */
    private static final class Question {
        final QuestionAnalysis analysis;
        final List<String> terms;
        final Set<String> termSet;
        final List<String> sequence;
        final double[] idf;
        final double maxIdf;
        final TypedSpans.Kind kind;
        final boolean negated;

        /** The question's words behind each of its terms, lower-cased ("appointed" behind "appoint"). */
        final java.util.Map<String, List<String>> words = new java.util.HashMap<>();

        Question(QuestionAnalysis analysis, SentenceTable table, EnglishAnalysis english) {
            for (EnglishAnalysis.Token t : english.tokens(analysis.question())) {
                words.computeIfAbsent(t.term(), k -> new ArrayList<>())
                        .add(analysis.question().substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
            }
            this.analysis = analysis;
            this.terms = analysis.terms();
            this.termSet = Set.copyOf(terms);
            this.sequence = analysis.sequence();
            this.idf = terms.stream().mapToDouble(table::idf).toArray();
            this.maxIdf = table.idf("\u0000never-a-term");
            this.kind = switch (analysis.type()) {
                case DATE -> TypedSpans.Kind.DATE;
                case QUANTITY -> TypedSpans.Kind.QUANTITY;
                case ACTOR, PLACE -> TypedSpans.Kind.NAME;
                default -> null;
            };
            this.negated = NEGATION.matcher(analysis.question()).find();
        }

        double idf(String term) {
            return idf[terms.indexOf(term)];
        }

        List<String> words(String term) {
            return words.getOrDefault(term, List.of());
        }

        /** IDF-weighted share of the question's terms that pass the test. */
        double share(java.util.function.Predicate<String> test) {
            double total = 0;
            double passing = 0;
            for (int i = 0; i < terms.size(); i++) {
                total += idf[i];
                passing += test.test(terms.get(i)) ? idf[i] : 0;
            }
            return total == 0 ? 0 : passing / total;
        }

    }
}

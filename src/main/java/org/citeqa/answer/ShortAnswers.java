package org.citeqa.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.chunk.Span;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.SemanticClass;
import org.citeqa.language.WordNet;
import org.citeqa.verify.Agreement;

/**
 * Picks the short answer out of a quote: for a question asking for a date, a quantity or a name, the value of that
 * type in the quote that the question does not already state and that fits it best ({@link Fit}). For "who" and
 * "where", a name of the other role ({@link NameRoles}) is never the answer.
 */
final class ShortAnswers {

    private final EnglishAnalysis analysis;
    private final NameRoles roles;
    private final Agreement agreement;
    private final Predicate<String> units;
    private final Predicate<String> onlyAName;
    private final Predicate<String> commonWord;
    private final Predicate<String> adjective;
    private final Predicate<String> contentWord;
    private final Predicate<String> quantityUnits;

    ShortAnswers(EnglishAnalysis analysis, NameRoles roles, Agreement agreement) {
        this.analysis = analysis;
        this.roles = roles;
        this.agreement = agreement;
        WordNet wordNet = agreement.reader().wordNet();
        this.units = Quantities.unitsIn(wordNet);
        this.onlyAName = wordNet::isOnlyAName;
        this.commonWord = wordNet::isCommonWord;
        this.adjective = wordNet::isAdjective;
        this.contentWord = wordNet::isWord;
        this.quantityUnits = Quantities.unitsIn(wordNet, SemanticClass.QUANTITY_UNIT);
    }

    /** The short answer of a quote of one sentence. */
    Optional<ShortAnswer> find(QuestionAnalysis question, Citation quote) {
        return find(question, quote, List.of(new Span(quote.start(), quote.end())));
    }

    /** The short answer of a quote made of the given sentences (spans of the document's text, in order). */
    Optional<ShortAnswer> find(QuestionAnalysis question, Citation quote, List<Span> sentences) {
        return find(question, quote, sentences, null);
    }

    /**
     * The same, where {@code answering} (one of the sentences, or null) is the one that answers best: when it states
     * the question's verb, the answer is said there, not in a neighbour quoted with it ("The canal was proposed by a
     * group of coal merchants" answers "Who proposed the canal?", not the engineer named in the next sentence).
     */
    Optional<ShortAnswer> find(QuestionAnalysis question, Citation quote, List<Span> sentences, Span answering) {
        // A place read from the noun asked about ("In what borough…") is often named by several names in the quote,
        // the asked one among them: on the SQuAD training articles half of those short answers were wrong.
        TypedSpans.Kind kind = switch (question.type()) {
            case DATE -> TypedSpans.Kind.DATE;
            case QUANTITY -> TypedSpans.Kind.QUANTITY;
            case ACTOR -> TypedSpans.Kind.NAME;
            case PLACE -> question.typeByNoun() ? null : TypedSpans.Kind.NAME;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        Reading reading = read(question, quote, kind);
        QuoteTies ties = new QuoteTies(agreement, analysis, question, quote, sentences, answering);
        TypedSpans.TypedSpan best = null;
        Fit bestFit = null;
        for (TypedSpans.TypedSpan span : reading.spans()) {
            Fit fit = fit(span, reading, ties);
            if (fit != null && (bestFit == null || BETTER.compare(fit, bestFit) > 0)) {
                best = span;
                bestFit = fit;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        if (kind == TypedSpans.Kind.DATE) {
            best = lifeEnd(best, reading.text(), question.question());
        }
        int end = reading.quantities() != null ? reading.quantities().endWithUnit(best, adjective) : best.end();
        String text = end == best.end() ? best.text() : reading.text().substring(best.start(), end);
        return Optional.of(new ShortAnswer(text, quote.start() + best.start(), quote.start() + end));
    }

    /** The dash of a span of dates written as one: "1889–1961", "3 May 1889 – 14 June 1961". */
    private static final Pattern SPAN_DASH = Pattern.compile("(?<=\\d)\\s*[-–—]\\s*(?=\\p{Alnum})");

    /**
     * A life span in brackets written as one date span ("Ilse Varga (1889–1961)"), cut to the end a question about a
     * birth or a death asks for; any other span as it is.
     */
    private static TypedSpans.TypedSpan lifeEnd(TypedSpans.TypedSpan span, String text, String question) {
        boolean born = BORN.matcher(question).find();
        if (born == DIED.matcher(question).find() || !inBrackets(span, text)) {
            return span;
        }
        Matcher dash = SPAN_DASH.matcher(span.text());
        if (!dash.find()) {
            return span;
        }
        int start = born ? span.start() : span.start() + dash.end();
        int end = born ? span.start() + dash.start() : span.end();
        return new TypedSpans.TypedSpan(span.kind(), start, end, text.substring(start, end));
    }

    /** Whether the span stands inside one pair of brackets. */
    private static boolean inBrackets(TypedSpans.TypedSpan span, String text) {
        int open = text.lastIndexOf('(', span.start());
        int close = text.indexOf(')', span.end());
        return open >= 0 && close >= 0 && text.lastIndexOf(')', span.start()) < open;
    }

    /** What every candidate span of a quote is measured against: the question's words and the quote, read once. */
    private record Reading(QuestionAnalysis question, TypedSpans.Kind kind, String text, Set<String> titleTerms,
                           Set<String> terms, List<EnglishAnalysis.Token> tokens,
                           List<EnglishAnalysis.Token> anchors, List<TypedSpans.TypedSpan> spans,
                           Quantities quantities, Pattern stranded, Set<String> askedClass, boolean asksFormer) {

        /** The question's words other than what it counts and its names: what it asks of them. */
        Set<String> askedTerms() {
            Set<String> out = new HashSet<>(terms);
            out.removeAll(question.countedTerms());
            out.removeAll(question.nameTerms());
            return out;
        }
    }

    private Reading read(QuestionAnalysis question, Citation quote, TypedSpans.Kind kind) {
        String text = quote.quote();
        Set<String> terms = Set.copyOf(question.terms());
        List<EnglishAnalysis.Token> tokens = analysis.tokens(text);
        String lower = question.question().toLowerCase(Locale.ROOT);
        Set<String> titleTerms = kind == TypedSpans.Kind.NAME && quote.title() != null
                ? Set.copyOf(analysis.terms(quote.title())) : Set.of();
        Quantities quantities = kind == TypedSpans.Kind.QUANTITY
                ? Quantities.of(text, tokens, question, units) : null;
        return new Reading(question, kind, text, titleTerms, terms, tokens,
                tokens.stream().filter(t -> terms.contains(t.term()) || question.measureTerms().contains(t.term()))
                        .toList(),
                quantities != null ? quantities.quantities() : TypedSpans.find(kind, text, onlyAName), quantities,
                kind == TypedSpans.Kind.NAME ? stranded(lower) : null, askedClass(lower),
                ASKS_FORMER.matcher(lower).find());
    }

    /** How well the span fits the question, or null when it cannot answer it. */
    private Fit fit(TypedSpans.TypedSpan span, Reading r, QuoteTies ties) {
        if (r.question().states(span, analysis) || ties.awayFromTheAskedVerb(span)) {
            return null;
        }
        boolean counts = r.quantities() != null && r.quantities().countsAsked(span, r.askedTerms());
        int countsHow = !counts ? 0 : r.quantities().countsDirectly(span) ? 2 : 1;
        boolean notFraming = r.quantities() == null || !r.question().asksAmount()
                || !r.quantities().countsAFramingWord(span, r.askedTerms(), contentWord);
        boolean part = r.quantities() != null && r.quantities().isAskedPart(span, r.askedTerms());
        boolean amount = r.quantities() != null && (r.question().asksAmount() || r.question().asksLength())
                && r.quantities().isAmount(span);
        if (r.quantities() != null && !r.quantities().answersAsShort(span, quantityUnits)) {
            return null; // part of a date, a lone "one", a reference mark
        }
        boolean knownRole = true;
        boolean linked = false;
        boolean notTitle = true;
        boolean agent = false;
        boolean described = false;
        boolean shares = sharesWords(span, r.terms());
        QuoteTies.Tie tie = ties.of(span);
        if (r.kind() == TypedSpans.Kind.NAME) {
            if (letters(span.text()) < 2) {
                return null; // "R" of "R&B" is no name
            }
            if (LABEL_AFTER.matcher(r.text()).region(span.end(), r.text().length()).lookingAt()) {
                return null; // "Keeper: Jonas Quill": a label names what follows it
            }
            agent = tie.saidWithAskedVerb() && afterBy(span, r.text());
            // only a name sharing a word with the question needs describing (an appositive, or another given name
            // of the family it names): it would otherwise be no new word
            described = shares && (described(span, r, ties) || kin(span, r));
            if (namesTheQuestionsSubject(span, r) && !agent && !described) {
                return null; // "Harl Lighthouse" for "Who repainted the lighthouse?" is what is asked about
            }
            NameRoles.Role role = roles.of(r.text(), span.start(), span.end());
            if (!NameRoles.fits(r.question().type(), role)) {
                return null; // a place is no answer to "who"
            }
            knownRole = NameRoles.matches(r.question().type(), role);
            linked = linked(r.text(), span, r.terms(), r.stranded());
            notTitle = !inTitle(span, r.titleTerms());
        }
        // The agent of the question's verb is no part of what the question asks about, whatever word it shares.
        // An aside that counts what is asked ("46 km (29 miles)" for "How many miles…") is no aside to the question.
        // So is a name an appositive describes with the question's words ("his nominal superior, Tümen Khan"), or
        // another of the family the question names ("Edwin Quill" for "Who succeeded Mara Quill?").
        int lifeEnd = r.kind() == TypedSpans.Kind.DATE ? lifeEndFit(span, r.text(), r.question().question()) : 1;
        boolean notFormer = r.kind() != TypedSpans.Kind.QUANTITY || !former(span, r.text()) || r.asksFormer();
        return new Fit(agent || described || !shares, !aside(span, r.text()) || counts, lifeEnd, notFormer,
                !tie.rivalValue(), countsHow, notFraming, part, amount, tie.saidWithAskedVerb(), knownRole, linked,
                notTitle, closeness(span, r.anchors()));
    }

    /**
     * How well a span fits, in the order the fields are compared: new words (a name that shares only the kind of
     * thing asked for, "Dunlow City" for "In which city…", comes after one that shares nothing with the question,
     * unless it is the agent of the question's verb, an appositive describes it with the question's words, or it is
     * another of a family the question names); not
     * an aside in brackets after a name or a value (a life span, a conversion); for "born" the start of a life span
     * in brackets, for "died" its end ({@link #lifeEndFit}); not the value a change started from
     * ("rose from £1.80 to £2.10" gives £2.10), unless the question asks for that one; no rival value in its clause
     * ({@link QuoteTies.Tie}); a number of what the question counts ("52 nominations" for "how many nominations",
     * not "20 prizes"), right before the counted word rather than reaching it past a noun of its own ("48,000
     * vehicles and 160 trains cross it" for "How many vehicles cross it?"); not a number of a word the question names
     * without counting it ("eleven local investors" for "How much capital came from local investors?"); the part of a
     * whole the question asks for ("of which 9 million came from a grant" for "How much did the grant cover?"); for
     * "how much" and "how long", an amount or a measure rather than a count of things ("$119.5 million", not "108
     * shows"); said with the question's verb (measured on the training articles' 4,371 answerable questions,
     * {@code ShortAnswerCheck}, this order named a gold answer most often); a name in the role asked for; a name linked
     * to the question by a preposition ("orchestrated by Lina Holm" for "Who orchestrated it?", "wrote to Alden Pryce"
     * for "Who did she write to?"); a name not in the document's title (what a document is about is rarely what a
     * question about it asks); and last the span among most of the question's words.
     */
    private record Fit(boolean newWords, boolean notAside, int lifeEnd, boolean notFormer, boolean noRival,
                       int counts, boolean notFraming, boolean part, boolean amount, boolean tied, boolean knownRole,
                       boolean linked, boolean notTitle, double closeness) {
    }

    private static final Comparator<Fit> BETTER = Comparator.comparing(Fit::newWords).thenComparing(Fit::notAside)
            .thenComparingInt(Fit::lifeEnd).thenComparing(Fit::notFormer)
            .thenComparing(Fit::noRival)
            .thenComparingInt(Fit::counts).thenComparing(Fit::notFraming).thenComparing(Fit::part)
            .thenComparing(Fit::amount)
            .thenComparing(Fit::tied)
            .thenComparing(Fit::knownRole)
            .thenComparing(Fit::linked).thenComparing(Fit::notTitle).thenComparingDouble(Fit::closeness);

    /**
     * A word, a preposition that links an agent or a partner to it, and at most an article and two lower-case words
     * before the name: "led by the aged Prince …", "a loan from Jane …". Closed-class grammar.
     */
    private static final Pattern LINK = Pattern.compile("(\\p{L}+)\\s+(?:by|from|to|with|for)\\s+"
            + "(?:(?:the|a|an|his|her|its|their)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$");
    /** "by", an optional article and at most two lower-case words right before a name: "by the carpenter …". */
    private static final Pattern AGENT = Pattern.compile("\\bby\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?"
            + "(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}$");
    /** A question about a birth or a death: which end of a life span "(1810 – 1849)" it asks for. */
    private static final Pattern BORN = Pattern.compile("\\b(?:born|birth)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIED = Pattern.compile("\\b(?:die|died|dies|death)\\b", Pattern.CASE_INSENSITIVE);
    /** A dash between the two ends of a span inside brackets, up to the next digit. */
    private static final Pattern DASH_THEN_DIGIT = Pattern.compile("^[^()\\d]*?\\s*[-–—]\\s*\\d");
    private static final Pattern DIGIT_THEN_DASH = Pattern.compile("\\d\\s*[-–—][^()\\d]*?$");

    /**
     * For a date in brackets that opens or closes a span ("Chopin (1 March 1810 – 17 October 1849)"): 2 when it is the
     * end a question about a birth or a death asks for, 0 when it is the other end, and 1 otherwise, so that "What
     * year was Chopin born?" gives 1810 rather than the year he died.
     */
    private static int lifeEndFit(TypedSpans.TypedSpan span, String text, String question) {
        boolean born = BORN.matcher(question).find();
        boolean died = DIED.matcher(question).find();
        if (born == died || !inBrackets(span, text)) {
            return 1;
        }
        int open = text.lastIndexOf('(', span.start());
        int close = text.indexOf(')', span.end());
        boolean opens = DASH_THEN_DIGIT.matcher(text.substring(span.end(), close)).find();
        boolean closes = DIGIT_THEN_DASH.matcher(text.substring(open + 1, span.start())).find();
        if (opens == closes) {
            return 1;
        }
        return opens == born ? 2 : 0;
    }

    /** "from" right before a value (and its currency sign): "rose from £1.80". */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s+\\p{Sc}?$", Pattern.CASE_INSENSITIVE);
    /** "to" and another value within three words after one: "… to £2.10", "… people to 450". */
    private static final Pattern TO_AFTER = Pattern.compile("^(?:\\s+[\\p{L}%]+){0,3}\\s+to\\s+\\p{Sc}?\\d",
            Pattern.CASE_INSENSITIVE);
    /** A question asking for where a change started: "rise from?", "before", "originally". Closed-class words. */
    private static final Pattern ASKS_FORMER = Pattern.compile("\\b(?:from|before|originally|initially|previously"
            + "|formerly|at first|used to)\\b");

    /**
     * Whether the span is the amount a change started from: "from £1.80" with "to £2.10" after it. (Dates are left
     * alone: "from 1907 to 1911" is a span of time, either end of which may be asked for.)
     */
    private static boolean former(TypedSpans.TypedSpan span, String text) {
        return FROM_BEFORE.matcher(text.substring(Math.max(0, span.start() - 12), span.start())).find()
                && TO_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40))).find();
    }

    /** A colon right after a name: the name is a label ("Keeper:", a table column's header), not a value. */
    private static final Pattern LABEL_AFTER = Pattern.compile("\\s*:(?!\\d)");
    /** A preposition that ends a question: "Who did she write to?" */
    private static final Pattern STRANDED = Pattern.compile("\\b(to|with|from|for|by)\\s*\\?\\s*$");
    /** How far before a name the link is looked for, in characters. */
    private static final int LINK_REACH = 60;

    /** The end of a text just after the preposition that ends the question, or null when none does. */
    private static Pattern stranded(String question) {
        Matcher m = STRANDED.matcher(question);
        return m.find() ? Pattern.compile("\\b" + m.group(1) + "\\s+(?:(?:the|a|an)\\s+)?$", Pattern.CASE_INSENSITIVE)
                : null;
    }

    /**
     * Whether a preposition links the name to a word of the question ("orchestrated by"), or it follows the
     * preposition the question ends with.
     */
    private boolean linked(String text, TypedSpans.TypedSpan span, Set<String> terms, Pattern stranded) {
        String before = text.substring(Math.max(0, span.start() - LINK_REACH), span.start());
        Matcher m = LINK.matcher(before);
        if (m.find() && analysis.terms(m.group(1)).stream().anyMatch(terms::contains)) {
            return true;
        }
        return stranded != null && stranded.matcher(before).find();
    }

    /**
     * Whether "by" introduces the name: said with the question's verb, it is that verb's agent ("built in 1842 by the
     * carpenter Aldo Kessin" for "Who built the Kessin Bridge?") and answers the question even when it shares a word
     * with what the question is about.
     */
    private static boolean afterBy(TypedSpans.TypedSpan span, String text) {
        String before = text.substring(Math.max(0, span.start() - LINK_REACH), span.start());
        return AGENT.matcher(before).find();
    }

    /** A capitalised word and an opening bracket: what follows is said of that name ("Ren Dolma (1617–1682)"). */
    private static final Pattern NAME_THEN_BRACKET = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*\\s*\\($");
    /** A value with at most three words of its unit and an opening bracket: "400,000 yuan (US$60,000)". */
    private static final Pattern VALUE_THEN_BRACKET = Pattern.compile("\\d[\\d.,]*%?(?:\\s+[\\p{L}.]+){0,3}\\s*\\($");
    /** A number standing on its own, not the digit of a unit ("m2") or of a larger number. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d");

    /**
     * Whether the span stands in brackets right after a name, a life span or a reign ("(1617–1682)"), or as the only
     * number in brackets right after a value, a conversion ("(46.5 million m2)"): an aside about what it follows rather
     * than what the sentence says happened. Brackets holding several numbers after a value break it down ("184 workers
     * (150 soldiers, 22 police officers…)"), and each part is a value of its own.
     */
    private static boolean aside(TypedSpans.TypedSpan span, String text) {
        int open = text.lastIndexOf('(', span.start());
        int close = text.indexOf(')', span.end());
        if (open < 0 || text.lastIndexOf(')', span.start()) > open || close < 0) {
            return false;
        }
        String before = text.substring(Math.max(0, open - 40), open + 1);
        return NAME_THEN_BRACKET.matcher(before).find() || VALUE_THEN_BRACKET.matcher(before).find()
                && !NUMBER.matcher(text.substring(open + 1, span.start()) + " " + text.substring(span.end(), close))
                .find();
    }

    /** Whether every word of the name is in the document's title. */
    private boolean inTitle(TypedSpans.TypedSpan span, Set<String> titleTerms) {
        List<String> words = analysis.terms(span.text());
        return !words.isEmpty() && titleTerms.containsAll(words);
    }

    private static long letters(String text) {
        return text.chars().filter(Character::isLetter).count();
    }

    /**
     * Characters (about six words) at which a question word counts half as much as one right beside the span. The
     * short answers of both dev sets came out the same from 10 to 80.
     */
    private static final double HALF_NEAR = 40;

    /**
     * How close the span stands to the question's words in the quote: each distinct word counts by its nearest
     * occurrence, fully beside the span and less with distance, so a span among several of them beats one that
     * merely touches one.
     */
    private static double closeness(TypedSpans.TypedSpan span, List<EnglishAnalysis.Token> anchors) {
        Map<String, Integer> nearest = new HashMap<>();
        for (EnglishAnalysis.Token a : anchors) {
            int d = a.start() < span.start() ? Math.max(0, span.start() - a.end())
                    : Math.max(0, a.start() - span.end());
            nearest.merge(a.term(), d, Math::min);
        }
        double closeness = 0;
        for (int d : nearest.values()) {
            closeness += 1 / (1 + d / HALF_NEAR);
        }
        return closeness;
    }

    /** Up to three words after "which" or "what": the kind of thing asked ("Which lighthouse", "What university"). */
    private static final Pattern ASKED_CLASS = Pattern.compile(
            "\\b(?:which|what)\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");

    private Set<String> askedClass(String question) {
        Matcher m = ASKED_CLASS.matcher(question);
        return m.find() ? Set.copyOf(analysis.terms(m.group(1))) : Set.of();
    }

    /**
     * Whether a name shares a word with the question other than the kind of thing asked for: it names what the
     * question is about ("the lighthouse"), not the answer. "Harl Lighthouse" still answers "Which lighthouse…?".
     */
    private boolean namesTheQuestionsSubject(TypedSpans.TypedSpan span, Reading r) {
        return analysis.terms(span.text()).stream().anyMatch(t -> r.terms().contains(t) && !r.askedClass().contains(t));
    }

    /**
     * Whether the name is another of a family the question names: the question writes its last word after another
     * given name, and its other words are names too ("Edwin Quill" for "Who succeeded Mara Quill?"), not common words
     * ("Quill Company") nor words of the question.
     */
    private boolean kin(TypedSpans.TypedSpan span, Reading r) {
        String[] words = span.text().split("\\s+");
        if (words.length < 2) {
            return false;
        }
        String question = r.question().question();
        String family = words[words.length - 1];
        Matcher other = Pattern.compile("(\\p{Lu}[\\p{L}'’-]*)\\s+" + Pattern.quote(family) + "\\b")
                .matcher(question);
        if (!other.find() || List.of(words).contains(other.group(1))) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            String given = words[i];
            if (!Character.isUpperCase(given.codePointAt(0)) || commonWord.test(given)
                    || Pattern.compile("\\b" + Pattern.quote(given) + "\\b").matcher(question).find()) {
                return false;
            }
        }
        return true;
    }

    /** An appositive after a name: an optional bracket (a life span), a comma or dash, the phrase up to the next. */
    private static final Pattern APPOSITIVE_AFTER = Pattern.compile(
            "^(?:\\s*\\([^()]*\\))?\\s*(?:,|—|–|-\\s)\\s*([^,;.()—–]+)");
    /** Most words of a phrase read as the appositive next to a name. */
    private static final int APPOSITIVE_WORDS = 6;
    /** An appositive before a name: the phrase since the last comma, bracket or dash, then a comma. */
    private static final Pattern APPOSITIVE_BEFORE = Pattern.compile(
            "(?:^|[,;.(—–])([^,;.()—–]+),\\s*(?:the\\s+)?$");

    /**
     * Whether a phrase set beside the name by a comma says at least half of what the question asks of it: "Sakya
     * Pandita (1182–1251), leader of the Sakya school" for "Who was the leader of the Sakya school?", "his nominal
     * superior, Tümen Khan". The name is then what the question describes, though it shares a word with it.
     */
    private boolean described(TypedSpans.TypedSpan span, Reading r, QuoteTies ties) {
        Set<String> own = Set.copyOf(analysis.terms(span.text()));
        Set<String> asked = new HashSet<>(r.terms());
        asked.removeAll(own);
        if (asked.isEmpty()) {
            return false;
        }
        Matcher after = APPOSITIVE_AFTER.matcher(r.text().substring(span.end()));
        if (after.find() && describes(span.end() + after.start(1), span.end() + after.end(1), asked, r, ties, false)) {
            return true;
        }
        Matcher before = APPOSITIVE_BEFORE.matcher(r.text().substring(0, span.start()));
        return before.find() && describes(before.start(1), before.end(1), asked, r, ties, true);
    }

    /**
     * Whether the phrase at {@code [from, to)} of the quote, cut to its {@link #APPOSITIVE_WORDS} words next to the
     * name, says at least half of the asked words, names nobody the question does not, and is no clause: "in the
     * opinion of J. Barrie Jones, his one worthy successor was Karol Szymanowski" describes Szymanowski, not Jones;
     * "… in his conflict with his nominal superior, Tümen Khan" is described by "his nominal superior".
     */
    private boolean describes(int from, int to, Set<String> asked, Reading r, QuoteTies ties, boolean before) {
        Matcher word = WORD.matcher(r.text()).region(from, to);
        List<int[]> words = new ArrayList<>();
        while (word.find()) {
            words.add(new int[] {word.start(), word.end()});
        }
        if (words.isEmpty()) {
            return false;
        }
        int keep = Math.min(words.size(), APPOSITIVE_WORDS);
        int start = before ? words.get(words.size() - keep)[0] : words.get(0)[0];
        int end = before ? words.get(words.size() - 1)[1] : words.get(keep - 1)[1];
        boolean namesAnother = r.spans().stream().anyMatch(o -> o.start() < end && o.end() > start
                && !r.question().states(o, analysis));
        // A phrase after the name is read whole for a verb: an appositive ends at a comma, a clause runs on.
        boolean clause = before ? ties.holdsAFiniteVerb(start, end) : ties.holdsAFiniteVerb(from, to);
        if (namesAnother || clause) {
            return false; // "his one worthy successor … was Karol Szymanowski" says nothing of Jones
        }
        long said = analysis.terms(r.text().substring(start, end)).stream().distinct().filter(asked::contains).count();
        return said > 0 && 2 * said >= asked.size();
    }

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Whether a name shares a word with the question: it is then partly what was asked about, not the answer. */
    private boolean sharesWords(TypedSpans.TypedSpan span, Set<String> questionTerms) {
        return span.kind() == TypedSpans.Kind.NAME
                && analysis.terms(span.text()).stream().anyMatch(questionTerms::contains);
    }
}

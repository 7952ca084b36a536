package org.citeqa.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;

/** Reads a question: its answer type, content terms and constraints. */
public final class QuestionAnalyzer {

    /**
     * Words that shape a question but say nothing about its subject: question words, auxiliaries, pronouns and
     * the documents themselves ("according to the sources").
     */
    private static final String QUESTION_WORDS = "what which who whom whose when where why how many much did do does "
            + "done has have had would could should can may might according kind type sort please tell me us "
            + "about its it itself own make makes made also any some one ones other others besides am i you we our "
            + "my your he she him her his them those there here very just only ever still "
            + "source sources document documents text texts article articles paper passage passages corpus "
            + "mention mentions mentioned";

    /** The adjectives of "how long", "how old", "how far": with "how" they ask for a measure. */
    private static final String MEASURE_ADJECTIVES = "long|old|large|big|far|often|high|tall";
    /**
     * A measure asked for: its adjective belongs to the question's words, not to its subject, for the sentence that
     * answers seldom states it ("The strike lasted seven weeks" for "How long were the weavers on strike?").
     */
    private static final Pattern MEASURE_ASKED = Pattern.compile("\\bhow (" + MEASURE_ADJECTIVES + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private static final List<TypeRule> TYPE_RULES = List.of(
            new TypeRule(AnswerType.QUANTITY, "\\bhow (many|much|" + MEASURE_ADJECTIVES + ")\\b"
                    + "|\\bwhat (share|percentage|percent|proportion|number|amount|fraction|size|portion|age)\\b"
                    + "|\\bwhat (is|was|are|were) the (population|number|size|area|length|total|amount|budget|cost"
                    + "|height|share|percentage|proportion|death toll)\\b"),
            new TypeRule(AnswerType.DATE, "\\bwhen\\b|\\b(what|which) (dates?|days?|years?|months?|time|decades?"
                    + "|century|centuries)\\b"),
            new TypeRule(AnswerType.REASON, "\\bwhy\\b|\\bfor what reason\\b|\\bwhat (reason|caused|causes|makes|made)\\b"),
            new TypeRule(AnswerType.PLACE, "\\bwhere\\b|\\b(in|at|to|from) (which|what) (city|country|place|town|region"
                    + "|capital|venue|location)\\b"),
            new TypeRule(AnswerType.ACTOR, "\\bwho(m|se)?\\b|\\b(which|what) (person|man|woman|leader|official|president"
                    + "|minister|envoy|diplomat|organi[sz]ation|body|bodies|party|parties|delegation|group|country"
                    + "|countries|state|states|nation|nations|member|members|government|governments|[a-z]+ member"
                    + "|[a-z]+ members)\\b|\\b(which|what) [a-z]+ (member )?states\\b"));

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** "How many Danish sailors served": up to three words after "how many/much", stopping at an auxiliary. */
    private static final Pattern COUNTED = Pattern.compile("\\bhow (?:many|much) ((?:(?!(?:did|do|does|were|was|are|is"
            + "|have|has|had|will|would|can|could|in|of|at|on|by|for|from|to|with|during|since|according)\\b)"
            + "[\\p{L}\\p{M}'’-]+\\s*){1,3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{M}'’.-]*");

    private final EnglishAnalysis analysis;
    private final Set<String> questionStems;

    public QuestionAnalyzer(EnglishAnalysis analysis) {
        this.analysis = analysis;
        this.questionStems = Set.copyOf(analysis.terms(QUESTION_WORDS));
    }

    public QuestionAnalysis analyze(String question) {
        Set<String> measureAsked = new HashSet<>();
        Matcher measure = MEASURE_ASKED.matcher(question);
        while (measure.find()) {
            measureAsked.addAll(analysis.terms(measure.group(1)));
        }
        List<String> sequence = analysis.terms(question).stream()
                .filter(t -> !questionStems.contains(t) && !measureAsked.contains(t)).toList();
        Set<String> terms = new LinkedHashSet<>(sequence);
        Set<String> names = names(question);
        Set<String> nameTerms = new LinkedHashSet<>();
        names.forEach(name -> nameTerms.addAll(analysis.terms(name)));
        nameTerms.retainAll(terms);
        return new QuestionAnalysis(question, typeOf(question), List.copyOf(terms), sequence, numbers(question), names,
                Set.copyOf(nameTerms), countedTerms(question), Set.copyOf(measureAsked));
    }

    static AnswerType typeOf(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        AnswerType best = AnswerType.OTHER;
        int bestAt = Integer.MAX_VALUE;
        for (TypeRule rule : TYPE_RULES) {
            Matcher m = rule.pattern().matcher(q);
            if (m.find() && m.start() < bestAt) {
                best = rule.type();
                bestAt = m.start();
            }
        }
        return best;
    }

    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(normaliseNumber(m.group()));
        }
        return numbers;
    }

    /** The analysed words of what a "how many" question counts ("soldiers", "member states"); empty for others. */
    private Set<String> countedTerms(String question) {
        Matcher m = COUNTED.matcher(question);
        return m.find() ? Set.copyOf(analysis.terms(m.group(1))) : Set.of();
    }

    /** "51,000" and "51000" are the same number; "1.7" keeps its point. */
    static String normaliseNumber(String number) {
        return number.replaceAll(",(?=\\d{3}\\b)", "").replaceAll("[.,]$", "");
    }

    /** Capitalised words after the first word: the names a question is about. Lower-cased. */
    private Set<String> names(String question) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = CAPITALISED.matcher(question);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            if (m.start() > 0) {
                words.add(m.group().replaceAll("['’]s$|[.'’-]+$", ""));
            }
        }
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.isEmpty() && !questionStems.containsAll(analysis.terms(lower))) {
                names.add(lower);
            }
        }
        return names;
    }

    private record TypeRule(AnswerType type, Pattern pattern) {
        TypeRule(AnswerType type, String regex) {
            this(type, Pattern.compile(regex));
        }
    }
}

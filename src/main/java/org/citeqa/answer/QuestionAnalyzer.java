package org.citeqa.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.language.SemanticClass;
import org.citeqa.language.TaggedToken;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;

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

    private static final Pattern WHICH_OR_WHAT = Pattern.compile("\\b(?:which|what)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:in|at|from|to|into|near) (?:which|what)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** "How many Danish sailors served": up to three words after "how many/much", stopping at an auxiliary. */
    private static final Pattern COUNTED = Pattern.compile("\\bhow (?:many|much) ((?:(?!(?:did|do|does|were|was|are|is"
            + "|have|has|had|will|would|can|could|in|of|at|on|by|for|from|to|with|during|since|according)\\b)"
            + "[\\p{L}\\p{M}'’-]+\\s*){1,3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{M}'’.-]*");

    private final EnglishAnalysis analysis;
    private final Tagger tagger;
    private final WordNet wordNet;
    private final Set<String> questionStems;

    public QuestionAnalyzer(EnglishAnalysis analysis, Tagger tagger, WordNet wordNet) {
        this.analysis = analysis;
        this.tagger = tagger;
        this.wordNet = wordNet;
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
        AnswerType byWords = typeOf(question);
        AnswerType type = type(question, byWords);
        return new QuestionAnalysis(question, type, List.copyOf(terms), sequence, numbers(question), names,
                Set.copyOf(nameTerms), countedTerms(question), Set.copyOf(measureAsked), type != byWords);
    }

    /**
     * The answer type from the question words, or else from the noun "which" or "what" asks about: "Which Varrish
     * parliamentary leader warned…" asks for an actor because WordNet knows a leader as a person, "What city…" for a
     * place.
     */
    private AnswerType type(String question, AnswerType byWords) {
        if (byWords != AnswerType.OTHER) {
            return byWords;
        }
        boolean afterPreposition = PREPOSITION_BEFORE.matcher(question).find();
        return askedNoun(question).map(noun -> typeOfNoun(noun, afterPreposition)).orElse(byWords);
    }

    /**
     * A person or a body acts; a place is where. A community ("village", "town") is its people too, and is asked for
     * as a place after a preposition ("In which village…").
     */
    private AnswerType typeOfNoun(String noun, boolean afterPreposition) {
        if (wordNet.isFirstSenseKindOf(noun, SemanticClass.PERSON)
                || wordNet.isFirstSenseKindOf(noun, SemanticClass.ORGANIZATION)) {
            return AnswerType.ACTOR;
        }
        if (wordNet.isFirstSenseKindOf(noun, SemanticClass.LOCATION)) {
            return AnswerType.PLACE;
        }
        if (wordNet.isFirstSenseKindOf(noun, SemanticClass.SOCIAL_GROUP)) {
            return afterPreposition ? AnswerType.PLACE : AnswerType.ACTOR;
        }
        return AnswerType.OTHER;
    }

    /**
     * The head of the noun phrase right after the question's first "which" or "what" (its last common noun before
     * a word that is neither adjective nor noun), lower-cased. Empty when a verb or a preposition follows at once
     * ("What did…", "Which of…"), and when "of" follows the head, which then only relates to what is asked ("What
     * type of…", "Which branch of…").
     */
    private Optional<String> askedNoun(String question) {
        if (!WHICH_OR_WHAT.matcher(question).find()) {
            return Optional.empty();
        }
        List<TaggedToken> tokens = tagger.tag(question).tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (word.equals("which") || word.equals("what")) {
                String head = null;
                int j = i + 1;
                for (; j < tokens.size() && (tokens.get(j).isAdjective() || tokens.get(j).isNoun()); j++) {
                    if (tokens.get(j).isNoun() && !tokens.get(j).isProperNoun()) {
                        head = tokens.get(j).text().toLowerCase(Locale.ROOT);
                    }
                }
                boolean relational = j < tokens.size() && tokens.get(j).text().equalsIgnoreCase("of");
                return relational ? Optional.empty() : Optional.ofNullable(head);
            }
        }
        return Optional.empty();
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

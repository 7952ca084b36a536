package org.citeqa.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question standalone without a model, so that retrieval can use it.
 * <ul>
 *   <li>A personal pronoun ("When did <em>he</em> arrive?", "Who appointed <em>her</em>?", "<em>its</em> capital")
 *   stands for the named entity the previous answer established: the first name in the assistant's last answer that
 *   the question before it did not already contain ("Edda Marlowe was appointed ..." establishes Edda
 *   Marlowe); for he, she, him, his and her, the first such name of two or more words if there is one. Names are found by general signals only: runs of capitalised words (with name particles such as
 *   "of" or "van" inside), a sentence's first word only when it is not a function word.</li>
 *   <li>When the answer established no name (it abstained, or named only what the question already did), the
 *   pronoun stands for the previous question's subject ("Which model did Valdoria propose?" gives "the model that
 *   Valdoria proposed").</li>
 *   <li>"this/that + noun" ("When was <em>this plan</em> rejected?") is replaced only by a name that contains the
 *   noun ("the Lindqvist Plan"): a name that does not fit the noun would change the question.</li>
 *   <li>A question without any subject ("Why?") gets the previous question in brackets.</li>
 *   <li>When nothing resolves, the question is asked as it is.</li>
 * </ul>
 * Deterministic, so retrieval and tests see the same text every time.
 */
public final class FollowUpResolver {

    private static final Pattern PRONOUN = Pattern.compile("\\b(he|she|it|they|him|her|them|his|its|their)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEMONSTRATIVE = Pattern.compile("\\b(this|that|these|those)\\s+(\\p{Ll}[\\p{L}-]+)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the model of " right before a name: the phrase it heads. */
    private static final Pattern HEAD_OF = Pattern.compile("(?i)\\bthe\\s+(\\p{Ll}[\\p{L}-]*)\\s+of\\s+$");
    private static final Set<String> POSSESSIVES = Set.of("his", "its", "their");
    /** Pronouns for a thing, never for a person. */
    private static final Set<String> IMPERSONAL = Set.of("it", "its");
    /** Pronouns for a person, who is named in more than one word more often than not. */
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "his", "her");
    /** Words after which "her" is an object ("appointed her?"), not a possessive ("her term"). */
    private static final Pattern AFTER_OBJECT = Pattern.compile("^\\s*(?:[?.!,;:)]|$|(?:in|on|at|to|for|with|by|from|as|"
            + "when|after|before|during)\\b)", Pattern.CASE_INSENSITIVE);
    private static final String AUX = "did|does|do|was|were|is|are|has|have|had|will|would|could|can|should";
    /** "Which model did Valdoria propose ...", "What did Valdoria propose ...". */
    private static final Pattern WH_NOUN_AUX = Pattern.compile(
            "(?i)^(?:which|what)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(" + AUX + ")\\s+(.+)$");
    private static final Pattern WHAT_AUX = Pattern.compile("(?i)^what\\s+(" + AUX + ")\\s+(.+)$");
    /** "Which country recognised Valdoria first". */
    private static final Pattern WH_NOUN_VERB = Pattern.compile("(?i)^(?:which|what)\\s+([\\p{L}-]+)\\s+(.+)$");
    private static final Pattern WHO = Pattern.compile("(?i)^who\\s+(.+)$");
    private static final Pattern SUBJECT = Pattern.compile(
            "^((?:(?:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+)+|(?:the|a|an|his|her|their|its)\\s+\\S+\\s+|\\S+\\s+)(.+)$");
    private static final Set<String> NO_SUBJECT_WORDS = Set.of("what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "and", "but", "so", "then", "else", "about", "exactly", "did", "do", "does", "is",
            "was", "were", "are", "many", "much", "long", "often", "the", "that", "this", "one", "ones");
    private static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(Map.entry("give", "gave"),
            Map.entry("take", "took"), Map.entry("make", "made"), Map.entry("say", "said"), Map.entry("send", "sent"),
            Map.entry("hold", "held"), Map.entry("lead", "led"), Map.entry("meet", "met"), Map.entry("win", "won"),
            Map.entry("begin", "began"), Map.entry("see", "saw"), Map.entry("tell", "told"), Map.entry("find", "found"),
            Map.entry("go", "went"), Map.entry("come", "came"), Map.entry("put", "put"), Map.entry("set", "set"),
            Map.entry("leave", "left"), Map.entry("bring", "brought"), Map.entry("get", "got"),
            Map.entry("keep", "kept"), Map.entry("write", "wrote"), Map.entry("choose", "chose"),
            Map.entry("speak", "spoke"));

    /** The question as it can be searched without the conversation. */
    public String standalone(String question, List<Turn> history) {
        Optional<String> previous = previousUserQuestion(history);
        List<String> answerNames = previousAnswer(history).map(answer -> newNames(answer, previous.orElse("")))
                .orElse(List.of());
        Matcher demonstrative = DEMONSTRATIVE.matcher(question);
        if (demonstrative.find()) {
            String noun = demonstrative.group(2);
            List<String> candidates = new ArrayList<>(answerNames);
            previous.ifPresent(p -> candidates.addAll(Names.in(p)));
            Optional<String> fitting = candidates.stream().filter(name -> Names.contains(name, noun)).findFirst();
            if (fitting.isPresent()) {
                return question.substring(0, demonstrative.start()) + "the " + fitting.get()
                        + question.substring(demonstrative.end());
            }
        }
        Matcher pronoun = PRONOUN.matcher(question);
        if (pronoun.find()) {
            String word = pronoun.group(1).toLowerCase(Locale.ROOT);
            boolean person = PERSONAL.contains(word);
            if (IMPERSONAL.contains(word) && previous.filter(p -> ASKS_FOR_PERSON.matcher(p).find()).isPresent()) {
                // "Who leads the guild?" was answered with a person; "When was it founded?" is about the guild
                return previous.flatMap(p -> named(p, false))
                        .map(name -> question.substring(0, pronoun.start()) + replacement(pronoun, question, name)
                                + question.substring(pronoun.end()))
                        .orElse(question);
            }
            Optional<String> antecedent = previous.flatMap(p -> topic(p, person))
                    .or(() -> answerNames.stream().filter(name -> !person || Names.personLike(name)).findFirst())
                    .or(() -> answerNames.stream().findFirst())
                    .or(() -> previous.flatMap(FollowUpResolver::antecedent));
            if (antecedent.isEmpty()) {
                return question;
            }
            return question.substring(0, pronoun.start()) + replacement(pronoun, question, antecedent.get())
                    + question.substring(pronoun.end());
        }
        if (previous.isPresent() && lacksSubject(question)) {
            return stripQuestionMark(question) + " (" + stripQuestionMark(previous.get()) + ")?";
        }
        return question;
    }

    /** A question asking for a person, thing or place: its answer names what comes next ("Who founded it?"). */
    private static final Pattern ASKS_FOR_ENTITY = Pattern.compile("(?i)^\\s*(?:who|whom|whose|which|what)\\b");
    /** A question whose answer is a person: "it" after it is not that person. */
    private static final Pattern ASKS_FOR_PERSON = Pattern.compile("(?i)^\\s*(?:who|whom|whose)\\b");
    /** "What was the Sea Aster?", "Who is Edda Marlowe?": asks about the name, which stays the topic. */
    private static final Pattern DESCRIBE = Pattern.compile(
            "^\\s*(?i:who|what)\\s+(?i:is|was|are|were)\\s+(?:(?i:the)\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s*)+\\??\\s*$");

    /**
     * The name the previous question was about, when it asked about that name rather than for a new one ("When was
     * the Lindqvist Accord signed?", "What was the Sea Aster?"): a pronoun after it goes on about that name, even when
     * the answer names a place or a date's event ("…signed in Tromsø"). For he, she and the like, only a name of two
     * or more words.
     */
    private static Optional<String> topic(String previous, boolean person) {
        if (ASKS_FOR_ENTITY.matcher(previous).find() && !DESCRIBE.matcher(previous).matches()) {
            return Optional.empty();
        }
        return named(previous, person);
    }

    /** The first name of the previous question (for he, she and the like, of two or more words), with its article. */
    private static Optional<String> named(String previous, boolean person) {
        return Names.in(previous).stream().filter(name -> !person || Names.personLike(name)).findFirst()
                .map(name -> previous.contains("the " + name) ? "the " + name : name);
    }

    /** The antecedent in the pronoun's role: "his term" becomes "Marlowe's term". */
    private static String replacement(Matcher pronoun, String question, String antecedent) {
        String word = pronoun.group(1).toLowerCase(Locale.ROOT);
        boolean possessive = POSSESSIVES.contains(word)
                || word.equals("her") && !AFTER_OBJECT.matcher(question.substring(pronoun.end())).find();
        return possessive ? antecedent + (antecedent.endsWith("s") ? "'" : "'s") : antecedent;
    }

    /**
     * Names in the answer that the question before it did not contain, first first, each with the noun phrase it
     * ends when there is one ("the model of New Zealand", "the mayor of Gdansk"): that phrase is what a pronoun
     * points back to.
     */
    private static List<String> newNames(String answer, String previousQuestion) {
        String asked = previousQuestion.toLowerCase(Locale.ROOT);
        return Names.in(answer).stream().filter(name -> !asked.contains(name.toLowerCase(Locale.ROOT)))
                .map(name -> withHead(answer, name)).toList();
    }

    private static String withHead(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return name;
        }
        Matcher head = HEAD_OF.matcher(text.substring(0, at));
        return head.find() ? "the " + head.group(1).toLowerCase(Locale.ROOT) + " of " + name : name;
    }

    private static Optional<String> previousAnswer(List<Turn> history) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        Turn last = history.get(history.size() - 1);
        return Turn.ASSISTANT.equals(last.role()) && !last.content().isBlank()
                ? Optional.of(last.content()) : Optional.empty();
    }

    private static Optional<String> previousUserQuestion(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).fromUser() && !history.get(i).content().isBlank()) {
                return Optional.of(history.get(i).content().strip());
            }
        }
        return Optional.empty();
    }

    /** The previous question's subject as a noun phrase that can stand where the pronoun stood, if it has one. */
    static Optional<String> antecedent(String previous) {
        String clause = stripQuestionMark(previous);
        Matcher m = WHAT_AUX.matcher(clause);
        if (m.matches()) {
            return Optional.of("what " + relative(m.group(1), m.group(2)));
        }
        m = WH_NOUN_AUX.matcher(clause);
        if (m.matches()) {
            return Optional.of("the " + m.group(1).toLowerCase(Locale.ROOT) + " that " + relative(m.group(2), m.group(3)));
        }
        m = WHO.matcher(clause);
        if (m.matches()) {
            return Optional.of("the one who " + m.group(1));
        }
        m = WH_NOUN_VERB.matcher(clause);
        if (m.matches()) {
            return Optional.of("the " + m.group(1).toLowerCase(Locale.ROOT) + " that " + m.group(2));
        }
        return Optional.empty();
    }

    /** "did" + "Valdoria propose X" becomes "Valdoria proposed X"; other auxiliaries move after the subject. */
    private static String relative(String aux, String rest) {
        Matcher s = SUBJECT.matcher(rest);
        if (!s.matches()) {
            return aux.toLowerCase(Locale.ROOT) + " " + rest;
        }
        String subject = s.group(1).strip();
        String predicate = s.group(2);
        if (aux.equalsIgnoreCase("did")) {
            String[] words = predicate.split("\\s+", 2);
            return subject + " " + past(words[0]) + (words.length > 1 ? " " + words[1] : "");
        }
        if (aux.equalsIgnoreCase("does") || aux.equalsIgnoreCase("do")) {
            return subject + " " + predicate;
        }
        return subject + " " + aux.toLowerCase(Locale.ROOT) + " " + predicate;
    }

    static String past(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (IRREGULAR_PAST.containsKey(v)) {
            return IRREGULAR_PAST.get(v);
        }
        if (v.endsWith("e")) {
            return verb + "d";
        }
        if (v.matches(".*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb + "ed";
    }

    private static boolean lacksSubject(String question) {
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && !NO_SUBJECT_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String stripQuestionMark(String text) {
        return text.strip().replaceAll("[?\\s]+$", "");
    }
}

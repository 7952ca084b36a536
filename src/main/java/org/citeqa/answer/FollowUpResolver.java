package org.citeqa.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question standalone without a model: when its subject is only a pronoun ("Who refused
 * it?") the pronoun is replaced by the subject of the previous user question ("the model that Serbia proposed
 * for Kosovo ..."); when it has no subject at all ("Why?") the previous question is appended in brackets.
 * Deterministic, so retrieval and tests see the same text every time.
 */
public final class FollowUpResolver {

    private static final Pattern PRONOUN = Pattern.compile("\\b(it|they|them|he|she|him)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String AUX = "did|does|do|was|were|is|are|has|have|had|will|would|could|can|should";
    /** "Which model did Serbia propose ...", "What did Serbia propose ...". */
    private static final Pattern WH_NOUN_AUX = Pattern.compile(
            "(?i)^(?:which|what)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(" + AUX + ")\\s+(.+)$");
    private static final Pattern WHAT_AUX = Pattern.compile("(?i)^what\\s+(" + AUX + ")\\s+(.+)$");
    /** "Which country recognised Kosovo first". */
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
        if (previous.isEmpty()) {
            return question;
        }
        String antecedent = antecedent(previous.get());
        Matcher pronoun = PRONOUN.matcher(question);
        if (pronoun.find()) {
            return question.substring(0, pronoun.start()) + antecedent + question.substring(pronoun.end());
        }
        if (lacksSubject(question)) {
            return stripQuestionMark(question) + " (" + stripQuestionMark(previous.get()) + ")?";
        }
        return question;
    }

    private static Optional<String> previousUserQuestion(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).fromUser() && !history.get(i).content().isBlank()) {
                return Optional.of(history.get(i).content().strip());
            }
        }
        return Optional.empty();
    }

    /** The previous question turned into a noun phrase that can stand where the pronoun stood. */
    static String antecedent(String previous) {
        String clause = stripQuestionMark(previous);
        Matcher m = WHAT_AUX.matcher(clause);
        if (m.matches()) {
            return "what " + relative(m.group(1), m.group(2));
        }
        m = WH_NOUN_AUX.matcher(clause);
        if (m.matches()) {
            return "the " + m.group(1).toLowerCase(Locale.ROOT) + " that " + relative(m.group(2), m.group(3));
        }
        m = WHO.matcher(clause);
        if (m.matches()) {
            return "the one who " + m.group(1);
        }
        m = WH_NOUN_VERB.matcher(clause);
        if (m.matches()) {
            return "the " + m.group(1).toLowerCase(Locale.ROOT) + " that " + m.group(2);
        }
        return "(" + clause + ")";
    }

    /** "did" + "Serbia propose X" becomes "Serbia proposed X"; other auxiliaries move after the subject. */
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

package org.citeqa.answer;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.language.SemanticClass;
import org.citeqa.language.WordNet;

/**
 * Tells whether a name in a sentence stands for someone who acts (a person or a body) or for a place, from what WordNet
 * knows and from the words around it: "the hydrographer Edda Marlowe" and "led by NATO" name agents, "built in Gdansk"
 * and "the port of Ellery" name places. No list of names: a name WordNet does not know is typed by its neighbours.
 */
@Singleton
public class NameRoles {

    /**
     * Which way the evidence about a name points. A {@code MODIFIER} is a one-word name standing before a common
     * noun, which it describes rather than names: one WordNet knows as an adjective ("Swedish botanist", "Alpine
     * village"), or one after an article or possessive, before a word WordNet knows only as a noun ("the Balkan
     * country's", "its Harbour council").
     */
    enum Role { AGENT, PLACE, UNKNOWN, MODIFIER }

    /** The word right after a name: in lower case, the noun an attributive name describes. */
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\p{L}+)");
    /** An article or possessive right before a name: closed-class grammar. */
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "\\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your)\\s+$", Pattern.CASE_INSENSITIVE);

    /**
     * Prepositions that put a name in a place slot: closed-class grammar. Not "to", which names a recipient ("wrote
     * to", "donated to") as often as a destination.
     */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "from", "into", "across",
            "outside", "inside", "throughout", "between");
    /** The words before a name: up to two, after an optional article. */
    private static final Pattern BEFORE = Pattern.compile("(?:(\\p{L}+)\\s+)?(\\p{L}+)\\s+(?:(?:the|a|an)\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private final WordNet wordNet;

    public NameRoles(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    /** The role of the name at {@code [start, end)} of the text. */
    Role of(String text, int start, int end) {
        String name = text.substring(start, end);
        Matcher after = WORD_AFTER.matcher(text.substring(end));
        String next = after.find() ? after.group(1) : "";
        if (describes(text, start, name, next)) {
            return Role.MODIFIER;
        }
        if (isAgentNoun(next)) {
            return Role.UNKNOWN; // "the KLP representative Edda Marlowe": the representative is someone else
        }
        int agent = 0;
        int place = 0;
        for (String word : name.split("[\\s-]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (wordNet.isKindOf(w, SemanticClass.LOCATION)) {
                place++;
            }
            if (wordNet.isKindOf(w, SemanticClass.PERSON) || wordNet.isKindOf(w, SemanticClass.ORGANIZATION)) {
                agent++;
            }
        }
        Matcher m = BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (m.find()) {
            String near = m.group(2);
            String far = m.group(1) == null ? "" : m.group(1);
            if (near.equals("by")) {
                agent += 2;
            } else if (PLACE_PREPOSITIONS.contains(near.toLowerCase(Locale.ROOT))) {
                place += 2;
            } else if (isAgentNoun(near) || near.equals("of") && isAgentNoun(far)) {
                agent += 2; // "the hydrographer Edda Marlowe", "the president of ..."
            } else if (isPlaceNoun(near) || near.equals("of") && isPlaceNoun(far)) {
                place += 2; // "the city of ...", "the port Ellery"
            }
        }
        return agent > place ? Role.AGENT : place > agent ? Role.PLACE : Role.UNKNOWN;
    }

    /** Whether a one-word name describes the common noun after it (see {@link Role#MODIFIER}). */
    private boolean describes(String text, int start, String name, String next) {
        if (next.isEmpty() || !Character.isLowerCase(next.charAt(0)) || name.indexOf(' ') >= 0) {
            return false;
        }
        return wordNet.isAdjective(name)
                || DETERMINER_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()
                && wordNet.isNounNotVerb(next);
    }

    /**
     * A common noun (lower case in the text, and by its common-noun senses: "who" is no "WHO") for a kind of person or
     * body: "hydrographer", "council".
     */
    private boolean isAgentNoun(String word) {
        return word.length() > 2 && Character.isLowerCase(word.charAt(0))
                && (wordNet.isCommonNounKindOf(word, SemanticClass.PERSON)
                || wordNet.isCommonNounKindOf(word, SemanticClass.ORGANIZATION));
    }

    /** A common noun for a kind of place: "city", "port", "province". */
    private boolean isPlaceNoun(String word) {
        return word.length() > 2 && Character.isLowerCase(word.charAt(0))
                && wordNet.isCommonNounKindOf(word, SemanticClass.LOCATION);
    }

    /** Whether a name of this role can answer a question of this type: a place is no answer to "who". */
    static boolean fits(AnswerType type, Role role) {
        return switch (type) {
            case ACTOR -> role != Role.PLACE && role != Role.MODIFIER;
            case PLACE -> role != Role.AGENT && role != Role.MODIFIER;
            default -> true;
        };
    }

    /** Whether the role is what the question asks for, positively. */
    static boolean matches(AnswerType type, Role role) {
        return type == AnswerType.ACTOR && role == Role.AGENT || type == AnswerType.PLACE && role == Role.PLACE;
    }
}

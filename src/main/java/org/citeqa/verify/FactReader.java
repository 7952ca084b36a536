package org.citeqa.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.citeqa.language.Phrase;
import org.citeqa.language.SemanticClass;
import org.citeqa.language.TaggedSentence;
import org.citeqa.language.WordNet;

/**
 * Finds a statement's key facts in its tagged tokens: dates, years, months, numbers with the noun they count,
 * ordinals, and names. Names are the tagger's proper-noun phrases, whatever they name; their kind (place,
 * organisation, person) comes from WordNet and from the noun phrase around them, and the role they fill from
 * the preposition before them.
 */
final class FactReader {

    private final List<Token> tokens;
    private final TaggedSentence tagged;
    private final WordNet wordNet;
    private final boolean[] used;
    private final List<Fact> facts = new ArrayList<>();

    FactReader(List<Token> tokens, TaggedSentence tagged, WordNet wordNet) {
        this.tokens = tokens;
        this.tagged = tagged;
        this.wordNet = wordNet;
        this.used = new boolean[tokens.size()];
    }

    List<Fact> read() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i] && tokens.get(i).digits()) {
                readNumber(i);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i] && !tokens.get(i).digits() && !tokens.get(i).punctuation()) {
                readWord(i);
            }
        }
        for (Phrase name : tagged.properNounPhrases()) {
            readName(name);
        }
        facts.sort(java.util.Comparator.comparingInt(Fact::position));
        return List.copyOf(facts);
    }

    /** A decade: "1870s". */
    static final Pattern DECADE = Pattern.compile("\\d{3}0s");

    private void readNumber(int i) {
        Token t = tokens.get(i);
        if (StatementReader.isOrdinalDigits(t.word()) && (month(i - 1) > 0 || month(i + 1) > 0)) {
            int day = Integer.parseInt(t.word().replaceAll("\\D", ""));
            int other = month(i - 1) > 0 ? i - 1 : i + 1;
            add(FactKind.DATE, text(Math.min(i, other), Math.max(i, other)), month(other) + "-" + day, null,
                    Math.min(i, other), Math.max(i, other));
            return;
        }
        if (StatementReader.isOrdinalDigits(t.word())) {
            int value = Integer.parseInt(t.word().replaceAll("\\D", ""));
            add(FactKind.ORDINAL, t.word(), Integer.toString(value), unitAfter(i + 1), i);
            return;
        }
        if (DECADE.matcher(t.word()).matches()) {
            add(FactKind.YEAR, t.word(), t.word(), null, i); // "the 1870s": any year of the decade states it
            return;
        }
        double value = StatementReader.parseNumber(t.word());
        if (Double.isNaN(value)) {
            return;
        }
        boolean whole = value == Math.rint(value) && !t.word().contains(",");
        if (whole && value >= 1 && value <= 31) {
            int monthBefore = month(i - 1);
            int monthAfter = month(i + 1);
            if (monthBefore > 0 || monthAfter > 0) {
                int m = monthBefore > 0 ? monthBefore : monthAfter;
                int other = monthBefore > 0 ? i - 1 : i + 1;
                add(FactKind.DATE, text(Math.min(i, other), Math.max(i, other)), m + "-" + (int) value, null,
                        Math.min(i, other), Math.max(i, other));
                return;
            }
        }
        // A four-digit whole number is a year ("in 1875", "the 2007 talks") unless, before 1900, it counts the
        // noun after it ("1800 judges").
        boolean countsSomething = i + 1 < tokens.size() && tagged.tokens().get(i + 1).isNoun()
                && !tagged.tokens().get(i + 1).isProperNoun();
        if (whole && t.word().length() == 4 && value >= 1000 && value <= 2099 && (value >= 1900 || !countsSomething)) {
            add(FactKind.YEAR, t.word(), Integer.toString((int) value), null, i);
            return;
        }
        readQuantity(i, value);
    }

    /** A cardinal with its scale ("1.7 million"), percent sign and the noun it counts. */
    private void readQuantity(int i, double value) {
        int last = i;
        if (i + 1 < tokens.size() && Lexicon.SCALES.containsKey(lower(i + 1))) {
            value *= Lexicon.SCALES.get(lower(i + 1));
            last = i + 1;
        }
        String unit;
        String currency = currencyBefore(i);
        if (currency != null) {
            unit = currency; // "cost £410,000": pounds, whatever word stands around it
        } else if (last + 1 < tokens.size()
                && (tokens.get(last + 1).word().equals("%") || lower(last + 1).equals("percent"))) {
            unit = "percent";
            last++;
        } else {
            unit = headNoun(i, last + 1);
            if (unit == null && partitiveOfPronoun(last + 1)) {
                unit = lastUnit(); // "seven arches, although only five of them span the water": five arches
            }
            if (unit == null && i > 0 && tokens.get(i - 1).content() && !tokens.get(i - 1).digits()
                    && !tokens.get(i - 1).verb()) {
                unit = tokens.get(i - 1).term(); // "Resolution 4071"; "drew 23,500" counts what the context says
            }
        }
        int before = boundWords(i);
        String bound = before == 0 ? "" : NumberBound.of(text(i - before, i - 1));
        add(FactKind.NUMBER, text(i - before, last), bound + format(value), unit, i, last);
    }

    /** The currency sign written right before the number's token ("£410,000", "US$60,000"), or null. */
    private String currencyBefore(int i) {
        int at = tokens.get(i).start();
        if (at == 0) {
            return null;
        }
        char before = tagged.text().charAt(at - 1);
        return Character.getType(before) == Character.CURRENCY_SYMBOL ? String.valueOf(before) : null;
    }

    /** Words that refer back to what a number counted before: "five of them", "two of which". Closed-class grammar. */
    private static final Set<String> BACK_REFERENCES = Set.of("them", "these", "those", "which");

    /** Whether "of" and a pronoun referring back follow at {@code j}: "of them". */
    private boolean partitiveOfPronoun(int j) {
        return j + 1 < tokens.size() && lower(j).equals("of") && BACK_REFERENCES.contains(lower(j + 1));
    }

    /** What the last number read so far counts, or null. */
    private String lastUnit() {
        for (int k = facts.size() - 1; k >= 0; k--) {
            if (facts.get(k).kind() == FactKind.NUMBER) {
                return facts.get(k).unit();
            }
        }
        return null;
    }

    /** How many words before the number bound it ("more than 300": two), or 0. */
    private int boundWords(int i) {
        if (i >= 2 && !NumberBound.of(lower(i - 2) + " " + lower(i - 1)).isEmpty()) {
            return 2;
        }
        return i >= 1 && !NumberBound.of(lower(i - 1)).isEmpty() ? 1 : 0;
    }

    private void readWord(int i) {
        String w = lower(i);
        if (Lexicon.NUMBER_WORDS.containsKey(w)) {
            readQuantity(i, Lexicon.NUMBER_WORDS.get(w));
        } else if (Lexicon.ORDINAL_WORDS.containsKey(w)) {
            add(FactKind.ORDINAL, tokens.get(i).word(), Integer.toString(Lexicon.ORDINAL_WORDS.get(w)),
                    headNoun(i, i + 1), i);
        } else if (month(i) > 0 && (!w.equals("may") || i > 0 && tokens.get(i - 1).digits()
                || i + 1 < tokens.size() && tokens.get(i + 1).digits())) {
            add(FactKind.MONTH, tokens.get(i).word(), Integer.toString(month(i)), null, i);
        }
    }

    /**
     * The next content word, skipping hyphen-like gaps and "more than"; the noun a number counts. A verb counts
     * nothing: "Route 12 carries…", "under 16 will continue…".
     */
    private String unitAfter(int j) {
        for (int k = j; k < tokens.size() && k <= j + 1; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || t.digits() || t.verb()) {
                return null;
            }
            if (t.content() && !t.capitalised()) {
                return t.term();
            }
        }
        return null;
    }

    /**
     * The noun a number or ordinal counts: the head (last noun) of its noun phrase ("27 burnished churches" counts
     * churches), else the next content word.
     */
    private String headNoun(int number, int after) {
        var chunk = tagged.chunkOf(number);
        boolean hyphenated = after < tokens.size() && tokens.get(after - 1).end() < tokens.get(after).start()
                && tagged.text().substring(tokens.get(after - 1).end(), tokens.get(after).start()).strip().equals("-");
        if (!hyphenated && chunk.isPresent() && chunk.get().type().equals("NP")) {
            int k = after;
            while (k <= chunk.get().last() && !tagged.tokens().get(k).isNoun()) {
                k++;
            }
            // The last of a run of nouns is the head: "two northern border gates" counts gates.
            while (k + 1 <= chunk.get().last() && tagged.tokens().get(k + 1).isNoun()
                    && !tagged.tokens().get(k + 1).isProperNoun()) {
                k++;
            }
            if (k <= chunk.get().last() && tokens.get(k).content() && tagged.tokens().get(k).isNoun()) {
                return tokens.get(k).term();
            }
        }
        return unitAfter(after);
    }

    /**
     * A proper-noun phrase as a name. A title before the name proper ("President Edda Marlowe", "Deputy
     * Prime Minister") is a common noun for a person in WordNet, and no adjective: the name is what follows the last
     * such word.
     */
    private void readName(Phrase phrase) {
        int first = phrase.first();
        int titleEnd = -1;
        for (int k = phrase.first(); k < phrase.last(); k++) {
            // "Royal" of "the Royal Maritime Archive" is an adjective first: it describes the name, it is no title.
            if (wordNet.isCommonNounKindOf(lower(k), SemanticClass.PERSON) && !wordNet.isAdjective(lower(k))) {
                titleEnd = k;
            }
        }
        if (titleEnd >= 0) {
            first = titleEnd + 1;
            while (first <= phrase.last() && (lower(first).equals("of") || lower(first).equals("the"))) {
                first++;
            }
        }
        List<Integer> part = new ArrayList<>();
        for (int k = first; k <= phrase.last(); k++) {
            if (!used[k]) {
                part.add(k);
            }
        }
        while (!part.isEmpty() && lower(part.get(part.size() - 1)).equals("of")) {
            part.remove(part.size() - 1);
        }
        if (part.isEmpty()) {
            return;
        }
        List<String> words = part.stream().map(k -> tokens.get(k).term()).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return;
        }
        int last = part.get(part.size() - 1);
        String text = text(part.get(0), last);
        facts.add(new Fact(kindOf(text, part, titleEnd >= 0), text, key(text), null, List.copyOf(part), words,
                role(part.get(0))));
        part.forEach(k -> used[k] = true);
    }

    /**
     * What a name names, from WordNet: the whole name or its last word as a kind of location, organisation or
     * person ("Gdansk" is a city, "Security Council" a council); a name after a title or a common noun for a
     * person is a person ("the hydrographer Edda Marlowe"); a one-word capital acronym is an organisation; a name
     * of two or more words WordNet does not know is taken for a person's.
     */
    private FactKind kindOf(String text, List<Integer> part, boolean titled) {
        if (titled || precededByPersonNoun(part.get(0))) {
            return FactKind.PERSON;
        }
        String lastWord = lower(part.get(part.size() - 1));
        if (isKind(text, lastWord, SemanticClass.ORGANIZATION) || isKind(text, lastWord, SemanticClass.SOCIAL_GROUP)
                && !isKind(text, lastWord, SemanticClass.LOCATION)) {
            return FactKind.ORGANISATION;
        }
        if (isKind(text, lastWord, SemanticClass.LOCATION)) {
            return FactKind.PLACE;
        }
        if (part.size() == 1 && isAcronym(part.get(0))) {
            return FactKind.ORGANISATION;
        }
        if (isKind(text, lastWord, SemanticClass.PERSON)) {
            return FactKind.PERSON;
        }
        boolean known = part.stream().anyMatch(k -> wordNet.isWord(lower(k)));
        if (part.size() >= 2 && !known && part.stream().noneMatch(this::isAcronym)) {
            return FactKind.PERSON;
        }
        return FactKind.NAME;
    }

    private boolean isKind(String text, String lastWord, SemanticClass kind) {
        return wordNet.isKindOf(text, kind) || wordNet.isKindOf(lastWord, kind);
    }

    /** "the hydrographer Edda Marlowe", "the surveyor Ida Brenner": a common noun for a person right before. */
    private boolean precededByPersonNoun(int first) {
        int k = first - 1;
        return k >= 0 && tagged.tokens().get(k).isNoun() && !tagged.tokens().get(k).isProperNoun()
                && wordNet.isCommonNounKindOf(lower(k), SemanticClass.PERSON);
    }

    /** The preposition a value follows, skipping determiners and adjectives ("in Gdansk", "by the hydrographer"), or null. */
    String role(int first) {
        for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
            var t = tagged.tokens().get(k);
            if (t.isPreposition()) {
                return lower(k);
            }
            if (!(t.isDeterminer() || t.isAdjective() || t.isNoun() && !t.isProperNoun() || t.tag().equals("CD"))) {
                return null;
            }
        }
        return null;
    }

    /** A name's comparable form: accents folded, possessive and punctuation dropped, lower case. */
    static String key(String name) {
        String folded = StatementReader.fold(name).toLowerCase(Locale.ROOT);
        return folded.replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private boolean isAcronym(int k) {
        String w = tokens.get(k).word();
        return w.length() >= 2 && w.length() <= 6 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter);
    }

    private int month(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).capitalised()) {
            return 0;
        }
        return Lexicon.month(tokens.get(i).word());
    }

    private String lower(int i) {
        return tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    private String text(int first, int last) {
        return tokens.stream().filter(t -> t.index() >= first && t.index() <= last).map(Token::word)
                .reduce((a, b) -> b.equals("%") || b.equals(",") ? a + b : a + " " + b).orElse("");
    }

    private void add(FactKind kind, String text, String value, String unit, int first, int last) {
        List<Integer> indexes = new ArrayList<>();
        for (int k = first; k <= last; k++) {
            indexes.add(k);
            used[k] = true;
        }
        facts.add(new Fact(kind, text, value, unit, List.copyOf(indexes), List.of(), role(first)));
    }

    private void add(FactKind kind, String text, String value, String unit, int index) {
        add(kind, text, value, unit, index, index);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}

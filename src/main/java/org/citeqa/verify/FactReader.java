package org.citeqa.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds a statement's key facts in its tokens: dates, years, months, numbers, ordinals and names. */
final class FactReader {

    private final List<Token> tokens;
    private final Gazetteer places;
    private final boolean[] used;
    private final List<Fact> facts = new ArrayList<>();

    FactReader(List<Token> tokens, Gazetteer places) {
        this.tokens = tokens;
        this.places = places;
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
        for (int i = 0; i < tokens.size(); i++) {
            if (!used[i] && isNameWord(i)) {
                i = readName(i);
            }
        }
        facts.sort(java.util.Comparator.comparingInt(Fact::position));
        return List.copyOf(facts);
    }

    private void readNumber(int i) {
        Token t = tokens.get(i);
        if (StatementReader.isOrdinalDigits(t.word())) {
            int value = Integer.parseInt(t.word().replaceAll("\\D", ""));
            add(FactKind.ORDINAL, t.word(), Integer.toString(value), unitAfter(i + 1), i);
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
        if (whole && value >= 1900 && value <= 2099) {
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
        if (last + 1 < tokens.size() && (tokens.get(last + 1).word().equals("%") || lower(last + 1).equals("percent"))) {
            unit = "percent";
            last++;
        } else {
            unit = unitAfter(last + 1);
            if (unit == null && i > 0 && tokens.get(i - 1).content() && !tokens.get(i - 1).digits()) {
                unit = tokens.get(i - 1).term(); // "Resolution 1244"
            }
        }
        String text = text(i, last);
        add(FactKind.NUMBER, text, format(value), unit, i, last);
    }

    private void readWord(int i) {
        String w = lower(i);
        if (Lexicon.NUMBER_WORDS.containsKey(w)) {
            readQuantity(i, Lexicon.NUMBER_WORDS.get(w));
        } else if (Lexicon.ORDINAL_WORDS.containsKey(w)) {
            add(FactKind.ORDINAL, tokens.get(i).word(), Integer.toString(Lexicon.ORDINAL_WORDS.get(w)),
                    unitAfter(i + 1), i);
        } else if (month(i) > 0 && (!w.equals("may") || i > 0 && tokens.get(i - 1).digits()
                || i + 1 < tokens.size() && tokens.get(i + 1).digits())) {
            add(FactKind.MONTH, tokens.get(i).word(), Integer.toString(month(i)), null, i);
        }
    }

    /** The next content word, skipping hyphen-like gaps and "more than"; the noun a number counts. */
    private String unitAfter(int j) {
        for (int k = j; k < tokens.size() && k <= j + 1; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || t.digits()) {
                return null;
            }
            if (t.content() && !t.capitalised()) {
                return t.term();
            }
        }
        return null;
    }

    private boolean isNameWord(int i) {
        Token t = tokens.get(i);
        if (!t.capitalised() || t.digits() || t.punctuation() || month(i) > 0) {
            return false;
        }
        String w = lower(i);
        boolean sentenceStart = i == 0 || tokens.get(i - 1).word().matches("[.!?:\"“(]");
        return !(sentenceStart && Lexicon.NOT_NAMES.contains(w)) && !t.term().isEmpty()
                || w.length() >= 2 && t.word().equals(t.word().toUpperCase(Locale.ROOT)) && t.word().length() <= 6;
    }

    /** A run of capitalised words ("International Court of Justice"), split at titles and typed. */
    private int readName(int from) {
        int end = from;
        while (end + 1 < tokens.size()) {
            if (isNameWord(end + 1) && !used[end + 1]) {
                end++;
            } else if (end + 2 < tokens.size() && lower(end + 1).equals("of") && isNameWord(end + 2)) {
                end += 2;
            } else {
                break;
            }
        }
        List<Integer> part = new ArrayList<>();
        for (int k = from; k <= end; k++) {
            if (Lexicon.TITLES.contains(lower(k)) && !isOrganisation(from, end)) {
                addName(part);
                part = new ArrayList<>();
            } else {
                part.add(k);
            }
        }
        addName(part);
        return end;
    }

    private void addName(List<Integer> part) {
        while (!part.isEmpty() && lower(part.get(part.size() - 1)).equals("of")) {
            part.remove(part.size() - 1);
        }
        if (part.isEmpty()) {
            return;
        }
        int first = part.get(0);
        int last = part.get(part.size() - 1);
        List<String> words = part.stream().map(k -> tokens.get(k).term()).filter(w -> !w.isEmpty() && !w.equals("of"))
                .toList();
        if (words.isEmpty()) {
            return;
        }
        String text = text(first, last);
        facts.add(new Fact(kindOf(text, first, last, part), text, Gazetteer.key(text), null, List.copyOf(part), words));
        part.forEach(k -> used[k] = true);
    }

    private FactKind kindOf(String text, int first, int last, List<Integer> part) {
        if (places.isPlace(text)) {
            return FactKind.PLACE;
        }
        if (isOrganisation(first, last) || part.size() == 1 && isAcronym(first)) {
            return FactKind.ORGANISATION;
        }
        if (part.stream().allMatch(k -> places.isPlace(tokens.get(k).word()))) {
            return FactKind.PLACE;
        }
        boolean noPlace = part.stream().noneMatch(k -> places.isPlace(tokens.get(k).word()));
        if (part.size() >= 2 && noPlace && part.stream().noneMatch(this::isAcronym)) {
            return FactKind.PERSON;
        }
        return FactKind.NAME;
    }

    private boolean isOrganisation(int first, int last) {
        for (int k = first; k <= last; k++) {
            if (Lexicon.ORGANISATION_WORDS.contains(lower(k))) {
                return true;
            }
        }
        return false;
    }

    private boolean isAcronym(int k) {
        String w = tokens.get(k).word();
        return w.length() >= 2 && w.length() <= 6 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter);
    }

    private int month(int i) {
        if (i < 0 || i >= tokens.size() || !tokens.get(i).capitalised()) {
            return 0;
        }
        return Lexicon.MONTHS.getOrDefault(lower(i).replace(".", ""), 0);
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
        facts.add(new Fact(kind, text, value, unit, List.copyOf(indexes), List.of()));
    }

    private void add(FactKind kind, String text, String value, String unit, int index) {
        add(kind, text, value, unit, index, index);
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}

package org.citeqa.corpus;

import java.util.List;

/**
 * Removes footnote reference numbers glued to the body text of one page ("WHO1" → "WHO", "Gdansk.10" → "Gdansk.").
 *
 * <p>Only numbers of footnotes that the page actually has are removed, and they are looked for in order
 * (1, then 2 after it, ...). That expectation is what makes a marker glued to a number safe to cut
 * ("Resolution 40713" when footnote 3 is due → "Resolution 4071"); any number that does not fit is left alone.
 */
final class FootnoteMarkers {

    private record Marker(int start, int end) {
    }

    private static final String OPENING_BEFORE_NUMBER = "-/.,";
    private static final String CLOSING_PUNCTUATION = ".!?…\"'”’)]";
    // A real number the marker is glued to keeps at least this many digits (years, resolution numbers).
    private static final int MIN_DIGITS_LEFT = 4;

    private FootnoteMarkers() {
    }

    /** Strips the markers for {@code numbers} from lines {@code from..end} of {@code body}, in place. */
    static void strip(List<String> body, int from, List<Integer> numbers) {
        List<String> page = body.subList(from, body.size());
        StringBuilder text = new StringBuilder(String.join("\n", page));
        int position = 0;
        for (int number : numbers) {
            Marker marker = find(text, position, Integer.toString(number));
            if (marker != null) {
                text.delete(marker.start(), marker.end());
                position = marker.start();
            }
            // A marker not found is skipped; the search for the next one starts from the same place.
        }
        List<String> stripped = List.of(text.toString().split("\n", -1));
        page.clear();
        page.addAll(stripped);
    }

    private static Marker find(CharSequence text, int from, String number) {
        String s = text.toString();
        for (int at = s.indexOf(number, from); at >= 0; at = s.indexOf(number, at + 1)) {
            int end = at + number.length();
            if (isGluedMarker(s, at, end)) {
                return new Marker(at, end);
            }
        }
        return null;
    }

    private static boolean isGluedMarker(String s, int start, int end) {
        char after = end < s.length() ? s.charAt(end) : ' ';
        if (Character.isDigit(after)) {
            return false;
        }
        if (start == 0 || Character.isWhitespace(s.charAt(start - 1))) {
            // "HTO) 7Mr. Marlowe": a marker in front of a word, only when a capital follows directly.
            return Character.isUpperCase(after);
        }
        if (Character.isLetter(after)) {
            return false;
        }
        char before = s.charAt(start - 1);
        if (Character.isLetter(before)) {
            // "KLA1", "Council11"; a single letter ("G8") is a name, not a word with a marker.
            return start >= 2 && Character.isLetter(s.charAt(start - 2));
        }
        if (Character.isDigit(before)) {
            return isGluedToNumber(s, start);
        }
        if (CLOSING_PUNCTUATION.indexOf(before) >= 0) {
            // "Gdansk.10", "mule.\"3", but not the decimal in "1.7".
            return !(before == '.' && start >= 2 && Character.isDigit(s.charAt(start - 2)));
        }
        return false;
    }

    /** "40713" → "4071": the digits before the marker form a plain number of at least four digits. */
    private static boolean isGluedToNumber(String s, int markerStart) {
        int numberStart = markerStart;
        while (numberStart > 0 && Character.isDigit(s.charAt(numberStart - 1))) {
            numberStart--;
        }
        boolean plainNumber = numberStart == 0 || OPENING_BEFORE_NUMBER.indexOf(s.charAt(numberStart - 1)) < 0;
        return plainNumber && markerStart - numberStart >= MIN_DIGITS_LEFT;
    }
}

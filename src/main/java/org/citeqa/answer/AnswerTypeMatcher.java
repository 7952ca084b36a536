package org.citeqa.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence holds something of the kind a question asks for that the question does not already
 * state: a date for "when", a number for "how many", a name for "who" and "where", a cause for "why".
 */
final class AnswerTypeMatcher {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern DATE = Pattern.compile(
            "\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
                    + "|\\b(?:1[5-9]|20)\\d{2}\\b|\\b" + MONTH + "\\b");
    private static final Pattern QUANTITY = Pattern.compile(
            "\\d+(?:[.,]\\d+)*(?:\\s*(?:%|percent|per cent|million|billion|thousand|hundred))?"
                    + "|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
                    + "|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozens?|half|third|quarter"
                    + "|majority|all|none|most)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]+)*");
    private static final Pattern REASON = Pattern.compile(
            "\\b(?:because|due to|owing to|as a result|in order to|so that|since|fear|fears|feared|concern|concerns"
                    + "|concerned|worr(?:y|ies|ied)|afraid|reason|reasons|undermin\\w*|threat\\w*|precedent|impact"
                    + "|caus\\w*|minority|minorities|separatis\\w*|break-?away)\\b", Pattern.CASE_INSENSITIVE);

    private AnswerTypeMatcher() {
    }

    /** True when the sentence has a value of {@code type} beyond the question's own numbers and names. */
    static boolean matches(AnswerType type, String sentence, QuestionAnalysis question) {
        return switch (type) {
            case DATE -> hasFresh(DATE, sentence, question.numbers(), question.names());
            case QUANTITY -> hasFreshNumber(sentence, question);
            case ACTOR, PLACE -> hasFreshName(sentence, question.names());
            case REASON -> REASON.matcher(sentence).find();
            case OTHER -> true;
        };
    }

    private static boolean hasFresh(Pattern pattern, String sentence, Set<String> numbers, Set<String> names) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            String value = m.group();
            String digits = value.replaceAll("\\D+", " ").trim();
            boolean stated = !digits.isEmpty() && Set.of(digits.split(" ")).stream().allMatch(numbers::contains);
            boolean statedName = digits.isEmpty() && names.contains(value.toLowerCase(Locale.ROOT).replace(".", ""));
            if (!stated && !statedName) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFreshNumber(String sentence, QuestionAnalysis question) {
        Matcher m = QUANTITY.matcher(sentence);
        while (m.find()) {
            String digits = m.group().replaceAll("[^\\d.,]", "");
            if (digits.isEmpty() || !question.numbers().contains(QuestionAnalyzer.normaliseNumber(digits))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFreshName(String sentence, Set<String> questionNames) {
        Matcher m = NAME.matcher(sentence);
        while (m.find()) {
            if (m.start() == 0) {
                continue; // sentence-initial capitals say nothing
            }
            for (String word : m.group().split("\\s+")) {
                String lower = word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
                if (!questionNames.contains(lower) && !DATE.matcher(word).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}

package org.citeqa.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Plain one- or two-sentence reasons for a verdict, naming what matched or the value the documents give. */
final class Explanations {

    private final Statement claim;

    Explanations(Statement claim) {
        this.claim = claim;
    }

    /**
     * Names that only the sentence's context states (its paragraph before it, its document's title) are said to
     * come from there: the quote itself does not state them.
     */
    String supported(Aligned best) {
        Set<String> contextWords = new HashSet<>();
        best.result().fromContext().forEach(f -> contextWords.addAll(List.of(f.text().toLowerCase(Locale.ROOT)
                .split("\\s+"))));
        List<String> stated = best.result().matchedWords().stream()
                .filter(w -> !contextWords.contains(w.toLowerCase(Locale.ROOT))).toList();
        String n = "[" + best.candidate().n() + "]";
        String context = best.result().fromContext().isEmpty() ? ""
                : " (" + list(best.result().fromContext().stream().map(Fact::text).toList())
                        + " named before it in its paragraph or in its document's title)";
        return "Evidence " + n + " states " + (stated.isEmpty() ? "the claim" : list(stated)) + " as the claim does"
                + context + ", and nothing in it contradicts the claim.";
    }

    String refuted(Aligned best) {
        Contradiction c = best.result().contradictions().stream().filter(Contradiction::explicit).findFirst()
                .orElse(best.result().contradictions().get(0));
        String n = " [" + best.candidate().n() + "]";
        String subject = subject();
        return switch (c.kind()) {
            case POLARITY -> "The documents say the opposite" + n + ": \"" + c.stated() + "\", not \""
                    + c.claimed() + "\".";
            case EXCEPTION -> "The documents name " + c.claimed() + " as an exception" + n + ": \"" + c.stated() + "\".";
            case UNIVERSAL -> "The documents do not say " + c.claimed() + n + "; they name exceptions: \""
                    + c.stated() + "\".";
            case PART -> "The documents do not say " + c.claimed() + n + "; they give a part: \"" + c.stated() + "\".";
            case VALUE -> switch (c.factKind()) {
                case PLACE -> "The documents place " + subject + " in " + c.stated() + ", not " + c.claimed() + n + ".";
                case YEAR, DATE, MONTH -> "The documents give the date as " + c.stated() + ", not "
                        + c.claimed() + n + ".";
                case NUMBER, ORDINAL -> "The documents give " + c.stated() + ", not " + c.claimed() + n + ".";
                default -> "The documents name " + c.stated() + ", not " + c.claimed() + ", for this" + n + ".";
            };
        };
    }

    /** For a text with no verb: it asserts nothing, so no passage was looked for. */
    static final String NOTHING_ASSERTED = "This has no verb, so it states nothing the documents could support or"
            + " refute: write the claim as a sentence (\"The treaty was signed in 1931\", not \"The treaty\").";

    String notEnough(Optional<Aligned> closest) {
        if (closest.isEmpty() || closest.get().result().matchedWords().isEmpty()) {
            return "Nothing in the documents speaks to this claim.";
        }
        AgreementResult r = closest.get().result();
        List<String> missing = new java.util.ArrayList<>(r.missing().stream().map(Fact::text).toList());
        r.missingWords().stream().filter(w -> missing.stream().noneMatch(m -> m.contains(w))).forEach(missing::add);
        String lacking = missing.isEmpty() ? "the claim as a whole" : list(missing);
        return "No passage states " + lacking + "; the closest one [" + closest.get().candidate().n()
                + "] only shares " + list(r.matchedWords()) + ".";
    }

    /** The words before the claim's verb: "the Lyon conference" in "The Lyon conference was held". */
    private String subject() {
        List<Token> tokens = claim.tokens();
        List<Token> predicates = ClaimCoverage.predicates(claim);
        int end = predicates.isEmpty() ? tokens.size() : predicates.get(0).index();
        for (int i = 1; i < end; i++) {
            if (Lexicon.AUXILIARIES.contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) {
                end = i;
                break;
            }
        }
        if (end <= 0 || end >= tokens.size()) {
            return "this";
        }
        String text = claim.text().substring(tokens.get(0).start(), tokens.get(end - 1).end());
        return text.startsWith("The ") ? "the" + text.substring(3) : text;
    }

    private static String list(List<String> words) {
        if (words.isEmpty()) {
            return "nothing";
        }
        List<String> quoted = words.stream().limit(6).toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }
}

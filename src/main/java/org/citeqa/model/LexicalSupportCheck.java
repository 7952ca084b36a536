package org.citeqa.model;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;

/**
 * A deliberately small support check: the evidence must contain most of the sentence's words (IDF-weighted,
 * so rare words count most), every number and month the sentence states, and a negation if the sentence is
 * negated. It catches invented figures and dates and off-topic citations, not subtler contradictions; the
 * default until org.citeqa.verify provides a fuller check.
 */
@ApplicationScoped
@DefaultBean
public class LexicalSupportCheck implements SupportCheck {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** Capitalised month names only: "may" and "march" are usually not dates. */
    private static final Pattern MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(not|no|never|none|nobody|nothing|neither|nor|without)\\b|n't\\b", Pattern.CASE_INSENSITIVE);

    private final EnglishAnalysis analysis;
    private final ModelConfig config;

    public LexicalSupportCheck(EnglishAnalysis analysis, ModelConfig config) {
        this.analysis = analysis;
        this.config = config;
    }

    @Override
    public SupportVerdict check(IndexedCorpus corpus, String statement, String evidence) {
        Set<String> terms = new LinkedHashSet<>(analysis.terms(statement));
        Set<String> found = Set.copyOf(analysis.terms(evidence));
        double total = 0;
        double covered = 0;
        for (String term : terms) {
            double idf = corpus.sentences().idf(term);
            total += idf;
            covered += found.contains(term) ? idf : 0;
        }
        double coverage = total == 0 ? 1 : covered / total;
        if (coverage < config.minSupport()) {
            return SupportVerdict.no(coverage, "lexical");
        }
        if (!numbers(evidence).containsAll(numbers(statement))) {
            return SupportVerdict.no(coverage, "number");
        }
        if (!months(evidence).containsAll(months(statement))) {
            return SupportVerdict.no(coverage, "date");
        }
        if (NEGATION.matcher(statement).find() && !NEGATION.matcher(evidence).find()) {
            return SupportVerdict.no(coverage, "polarity");
        }
        return SupportVerdict.yes(coverage);
    }

    /** "51,000" and "51000" are one number. */
    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(m.group().replaceAll(",(?=\\d{3}\\b)", "").replaceAll("[.,]$", ""));
        }
        return out;
    }

    static Set<String> months(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = MONTH.matcher(text);
        while (m.find()) {
            out.add(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

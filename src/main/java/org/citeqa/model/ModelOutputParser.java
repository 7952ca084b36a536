package org.citeqa.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.chunk.Span;

/**
 * Splits the model's answer into sentences and reads their [n] markers. Models put markers before or after the
 * full stop ("refused it [1]." or "refused it.[1]"); markers after it are moved before it first, so that they
 * stay with the sentence they close. A marker standing alone joins the sentence before it.
 */
final class ModelOutputParser {

    private static final String MARKER = "\\[\\s*\\d+(?:\\s*[,;]\\s*\\d+)*\\s*]";
    private static final Pattern MARKERS_AFTER_STOP = Pattern.compile("([.!?])((?:\\s*" + MARKER + ")+)");
    private static final Pattern ONE_MARKER = Pattern.compile(MARKER);
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final SentenceSplitter splitter = new SentenceSplitter();

    List<DraftSentence> parse(String output) {
        String text = MARKERS_AFTER_STOP.matcher(output.strip()).replaceAll(m -> " " + m.group(2).strip() + m.group(1));
        List<DraftSentence> sentences = new ArrayList<>();
        for (Span span : splitter.split(text)) {
            String raw = span.of(text);
            Set<Integer> cited = new LinkedHashSet<>();
            Matcher marker = ONE_MARKER.matcher(raw);
            while (marker.find()) {
                Matcher n = NUMBER.matcher(marker.group());
                while (n.find()) {
                    cited.add(Integer.parseInt(n.group()));
                }
            }
            String clean = ONE_MARKER.matcher(raw).replaceAll("").replaceAll("\\s+", " ")
                    .replaceAll(" ([.,;:!?])", "$1").strip();
            if (clean.replaceAll("[\\p{P}\\s]", "").isEmpty()) {
                if (!sentences.isEmpty()) { // markers alone: they belong to the sentence before
                    DraftSentence last = sentences.remove(sentences.size() - 1);
                    Set<Integer> merged = new LinkedHashSet<>(last.cited());
                    merged.addAll(cited);
                    sentences.add(new DraftSentence(last.text(), List.copyOf(merged)));
                }
                continue;
            }
            sentences.add(new DraftSentence(clean, List.copyOf(cited)));
        }
        return sentences;
    }
}

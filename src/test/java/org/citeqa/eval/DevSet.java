package org.citeqa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The labelled dev set: questions with gold answers and evidence, unanswerable questions and claims. */
public record DevSet(List<Item> items) {

    /** One item; {@code answersAll} holds gold answers that must all occur (instead of one of {@code answers}). */
    public record Item(String id, String type, String question, List<String> answers,
                       @com.fasterxml.jackson.annotation.JsonProperty("answers_all") List<String> answersAll,
                       List<String> evidence, String claim, String label, String doc) {

        /** Whether an answer text is right by the evaluation's rule (lowercase, only [0-9a-zà-ž] kept). */
        public boolean answeredBy(String text) {
            String t = normalise(text);
            if (answersAll != null && !answersAll.isEmpty()) {
                return answersAll.stream().map(DevSet::normalise).allMatch(t::contains);
            }
            return answers != null && answers.stream().map(DevSet::normalise).anyMatch(a -> !a.isEmpty() && t.contains(a));
        }

        /**
         * Whether a short answer names a gold answer: it holds one, or one holds it ("Thaci" for "Hashim Thaci"),
         * compared as answers are.
         */
        public boolean shortAnswerIs(String text) {
            return names(text, answersAll != null && !answersAll.isEmpty() ? answersAll : answers);
        }

        /** Whether a passage holds gold evidence, by the evaluation's rule. */
        public boolean evidenceIn(String text) {
            String t = normalise(text);
            return evidence != null && evidence.stream().map(DevSet::normalise).anyMatch(e -> !e.isEmpty() && t.contains(e));
        }
    }

    /** Whether a short answer names one of the gold answers: holds it, or is held by it, compared normalised. */
    public static boolean names(String shortAnswer, List<String> gold) {
        String t = normalise(shortAnswer);
        return !t.isEmpty() && gold != null && gold.stream().map(DevSet::normalise)
                .anyMatch(g -> !g.isEmpty() && (t.contains(g) || g.contains(t)));
    }

    public static String normalise(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^0-9a-zà-ž]", "");
    }

    public static DevSet load(String resource) {
        ObjectMapper json = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<Item> items = new ArrayList<>();
        try (InputStream in = DevSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    items.add(json.readValue(line, Item.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DevSet(List.copyOf(items));
    }

    public List<Item> ofType(String type) {
        return items.stream().filter(i -> type.equals(i.type())).toList();
    }
}

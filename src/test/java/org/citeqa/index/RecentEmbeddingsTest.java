package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentEmbeddingsTest {

    /** A model whose vectors encode the text's length and whether it was embedded as a query, and which counts calls. */
    private static final class CountingModel implements Embedder {
        final List<String> calls = new ArrayList<>();

        public String name() {
            return "counting";
        }

        public int dimension() {
            return 2;
        }

        public List<float[]> embedPassages(List<String> passages) {
            passages.forEach(p -> calls.add("p:" + p));
            return passages.stream().map(p -> new float[] {p.length(), 0}).toList();
        }

        public float[] embedQuery(String query) {
            calls.add("q:" + query);
            return new float[] {query.length(), 1};
        }
    }

    private final CountingModel model = new CountingModel();
    private final RecentEmbeddings recent = new RecentEmbeddings(model, 2);

    @Test
    void aQuestionAskedAgainIsNotEmbeddedAgain() {
        float[] first = recent.embedQuery("When did it start?");
        float[] again = recent.embedQuery("When did it start?");
        assertArrayEquals(first, again);
        assertEquals(List.of("q:When did it start?"), model.calls);
    }

    @Test
    void queriesAndSentencesAreRememberedApart() {
        assertArrayEquals(new float[] {5, 1}, recent.embedQuery("Kosov"));
        assertArrayEquals(new float[] {5, 0}, recent.embedSentence("Kosov"));
        assertEquals(List.of("q:Kosov", "p:Kosov"), model.calls);
    }

    @Test
    void memoryStaysBoundedHoweverManyTextsCome() {
        for (int i = 0; i < 500; i++) {
            recent.embedQuery("question " + i);
        }
        assertTrue(recent.size() <= 2, "at most the configured number of vectors: " + recent.size());
        assertEquals(500, model.calls.size());
    }

    @Test
    void aCallerChangingItsVectorDoesNotChangeWhatOthersGet() {
        recent.embedQuery("same")[0] = 99;
        assertArrayEquals(new float[] {4, 1}, recent.embedQuery("same"));
    }

    @Test
    void passagesAreAlwaysEmbedded() {
        recent.embedPassages(List.of("x", "y"));
        recent.embedPassages(List.of("x", "y"));
        assertEquals(4, model.calls.size());
    }
}

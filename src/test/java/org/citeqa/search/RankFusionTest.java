package org.citeqa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.citeqa.chunk.Chunk;
import org.junit.jupiter.api.Test;

class RankFusionTest {

    private final RankFusion fusion = new RankFusion(60);

    private static List<SearchHit> ranking(String... ids) {
        List<SearchHit> hits = new ArrayList<>();
        for (String id : ids) {
            hits.add(new SearchHit(hits.size() + 1, new Chunk(id, "d", 0, 0, 1, "x"), "t", 10f - hits.size()));
        }
        return hits;
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.chunk().id()).toList();
    }

    @Test
    void aChunkRankedWellInBothListsBeatsOneRankedFirstInOnlyOne() {
        List<SearchHit> fused = fusion.fuse(List.of(ranking("a", "b", "c"), ranking("d", "b", "a")),
                List.of(1.0, 1.0), 10);
        // a: 1/61 + 1/63, b: 2/62, d: 1/61, c: 1/63
        assertEquals(List.of("a", "b", "d", "c"), ids(fused));
        assertEquals(1.0 / 61 + 1.0 / 63, fused.get(0).score(), 1e-6);
        assertEquals(List.of(1, 2, 3, 4), fused.stream().map(SearchHit::rank).toList());
    }

    @Test
    void weightsScaleEachListsContribution() {
        List<SearchHit> fused = fusion.fuse(List.of(ranking("a"), ranking("b")), List.of(1.0, 2.0), 10);
        assertEquals(List.of("b", "a"), ids(fused));
        assertEquals(2.0 / 61, fused.get(0).score(), 1e-6);
    }

    @Test
    void tiesKeepTheOrderOfFirstAppearance() {
        assertEquals(List.of("a", "b"), ids(fusion.fuse(List.of(ranking("a"), ranking("b")), List.of(1.0, 1.0), 10)));
        assertEquals(List.of("b", "a"), ids(fusion.fuse(List.of(ranking("b"), ranking("a")), List.of(1.0, 1.0), 10)));
    }

    @Test
    void emptyListsAreHarmless() {
        assertEquals(List.of(), fusion.fuse(List.of(ranking(), ranking()), List.of(1.0, 1.0), 5));
        assertEquals(List.of("a", "b"), ids(fusion.fuse(List.of(ranking(), ranking("a", "b")), List.of(1.0, 1.0), 5)));
    }

    @Test
    void theLimitCutsTheFusedList() {
        assertEquals(List.of("a", "b"), ids(fusion.fuse(List.of(ranking("a", "b", "c")), List.of(1.0), 2)));
    }

    @Test
    void theConstantMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RankFusion(0));
    }
}

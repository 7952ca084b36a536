package org.citeqa.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal-rank fusion: a chunk scores {@code sum(weight / (k + rank))} over the lists that hold it.
 * Ranks, not raw scores, are fused, since BM25 and cosine scores live on unrelated scales. Ties keep the order
 * of first appearance (the first list wins), so fusion is deterministic.
 */
final class RankFusion {

    private final int k;

    RankFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("the RRF constant must be positive, was " + k);
        }
        this.k = k;
    }

    List<SearchHit> fuse(List<List<SearchHit>> lists, List<Double> weights, int limit) {
        Map<String, SearchHit> first = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int l = 0; l < lists.size(); l++) {
            double weight = weights.get(l);
            for (SearchHit hit : lists.get(l)) {
                String id = hit.chunk().id();
                first.putIfAbsent(id, hit);
                scores.merge(id, weight / (k + hit.rank()), Double::sum);
            }
        }
        List<String> order = new ArrayList<>(scores.keySet());
        order.sort(Comparator.comparingDouble((String id) -> scores.get(id)).reversed()); // stable: ties keep order
        List<SearchHit> fused = new ArrayList<>(Math.min(limit, order.size()));
        for (String id : order.subList(0, Math.min(limit, order.size()))) {
            SearchHit hit = first.get(id);
            fused.add(new SearchHit(fused.size() + 1, hit.chunk(), hit.title(), scores.get(id).floatValue(), hit.page()));
        }
        return fused;
    }
}

package org.citeqa.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexedCorpus;

/** The retrieval entry point used by the API and the answerers. */
@ApplicationScoped
public class SearchService {

    private final Bm25Search bm25;

    public SearchService(SearchConfig config, EnglishAnalysis analysis) {
        this.bm25 = new Bm25Search(new QueryBuilder(analysis, config.phraseBoost()));
    }

    public List<SearchHit> search(IndexedCorpus corpus, String text, int k) {
        return bm25.search(corpus, text, k);
    }
}

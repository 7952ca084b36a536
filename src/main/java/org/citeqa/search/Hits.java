package org.citeqa.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.citeqa.chunk.Chunk;
import org.citeqa.corpus.Document;
import org.citeqa.index.IndexedCorpus;

/** Turns Lucene's top documents into ranked hits. */
final class Hits {

    private Hits() {
    }

    static List<SearchHit> from(IndexedCorpus corpus, TopDocs top) {
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Chunk chunk = corpus.chunks().chunk(scoreDoc.doc);
            String title = corpus.document(chunk.documentId()).map(Document::title).orElse(chunk.documentId());
            hits.add(new SearchHit(hits.size() + 1, chunk, title, scoreDoc.score));
        }
        return hits;
    }
}

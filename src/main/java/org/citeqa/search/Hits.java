package org.citeqa.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.citeqa.chunk.Chunk;
import org.citeqa.corpus.Document;
import org.citeqa.index.IndexSchema;
import org.citeqa.index.IndexedCorpus;

/** Turns Lucene's top documents into ranked hits. */
final class Hits {

    private Hits() {
    }

    static List<SearchHit> from(IndexedCorpus corpus, TopDocs top) throws IOException {
        StoredFields stored = corpus.searcher().storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Chunk chunk = IndexSchema.fromLucene(stored.document(scoreDoc.doc));
            String title = corpus.document(chunk.documentId()).map(Document::title).orElse(chunk.documentId());
            hits.add(new SearchHit(hits.size() + 1, chunk, title, scoreDoc.score));
        }
        return hits;
    }
}

package org.citeqa.index;

import java.util.List;
import org.citeqa.chunk.Chunk;
import org.citeqa.corpus.Document;

/** A document cut into chunks and analysed sentences, before embedding: all that indexing it needs to compute. */
record AnalysedDocument(Document document, List<Chunk> chunks, DocumentSentences sentences) {

    AnalysedDocument {
        chunks = List.copyOf(chunks);
    }

    /** Texts embedded for this document: its chunks, then its sentences. */
    int passages() {
        return chunks.size() + sentences.size();
    }
}

package org.citeqa.index;

import java.util.ArrayList;
import java.util.List;
import org.citeqa.chunk.Chunk;
import org.citeqa.chunk.Chunker;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.chunk.Span;
import org.citeqa.corpus.Document;

/**
 * The one place where a document is analysed for the index: chunks, sentence spans, analysed sentence terms and the
 * acronyms it defines, then the embeddings of its chunks and sentences. Everything is computed from the document
 * alone, so adding a document costs that document only. Per-sentence data added later belongs here (computed in
 * {@link #sentences}) and in {@link DocumentSentences}.
 */
final class DocumentAnalyzer {

    /** A document's embeddings: one vector per chunk and one per sentence, in order. */
    record Embedded(List<float[]> chunkVectors, float[][] sentenceVectors) {
    }

    private final Chunker chunker;
    private final SentenceSplitter splitter;
    private final EnglishAnalysis analysis;

    DocumentAnalyzer(Chunker chunker, SentenceSplitter splitter, EnglishAnalysis analysis) {
        this.chunker = chunker;
        this.splitter = splitter;
        this.analysis = analysis;
    }

    AnalysedDocument analyse(Document document) {
        return new AnalysedDocument(document, chunker.chunk(document.id(), document.text()), sentences(document));
    }

    DocumentSentences sentences(Document document) {
        List<Span> spans = splitter.split(document.text());
        List<List<String>> terms = new ArrayList<>(spans.size());
        for (Span span : spans) {
            terms.add(List.copyOf(analysis.terms(span.of(document.text()))));
        }
        return new DocumentSentences(document.id(), spans, terms, Acronyms.definitions(document.text(), analysis));
    }

    /** Embeds the document's chunks and sentences in batches, telling {@code progress} after each batch. */
    Embedded embed(AnalysedDocument analysed, Embedder embedder, int batchSize, IngestProgress progress) {
        List<String> texts = new ArrayList<>(analysed.passages());
        analysed.chunks().stream().map(Chunk::text).forEach(texts::add);
        String text = analysed.document().text();
        analysed.sentences().spans().forEach(span -> texts.add(span.of(text)));
        EmbeddingProgress batches = new EmbeddingProgress(analysed.document().id(), texts.size(), batchSize, progress);
        List<float[]> vectors = batches.embed(embedder, texts);
        int chunks = analysed.chunks().size();
        return new Embedded(List.copyOf(vectors.subList(0, chunks)),
                vectors.subList(chunks, vectors.size()).toArray(new float[0][]));
    }
}

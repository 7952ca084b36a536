package org.citeqa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.citeqa.chunk.Chunk;
import org.citeqa.chunk.Chunker;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.chunk.Span;
import org.citeqa.corpus.Document;
import org.citeqa.language.Coreference;

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

    /** How sentences are read for their vectors; a new reading makes every index re-embed its sentences. */
    static final String SENTENCE_TEXT = "references-resolved-2";

    private final Chunker chunker;
    private final SentenceSplitter splitter;
    private final EnglishAnalysis analysis;
    /** Asked for only when sentences are embedded: a start that reuses its index never loads the tagger. */
    private final Supplier<Coreference> coreference;

    DocumentAnalyzer(Chunker chunker, SentenceSplitter splitter, EnglishAnalysis analysis,
                     Supplier<Coreference> coreference) {
        this.chunker = chunker;
        this.splitter = splitter;
        this.analysis = analysis;
        this.coreference = coreference;
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
        texts.addAll(sentenceTexts(analysed.document(), analysed.sentences().spans()));
        EmbeddingProgress batches = new EmbeddingProgress(analysed.document().id(), texts.size(), batchSize, progress);
        List<float[]> vectors = batches.embed(embedder, texts);
        int chunks = analysed.chunks().size();
        return new Embedded(List.copyOf(vectors.subList(0, chunks)),
                vectors.subList(chunks, vectors.size()).toArray(new float[0][]));
    }

    /**
     * The texts a document's sentences are embedded as: each read with what it refers back to ("The team was founded
     * there in 1952" as "The team (Kessridge Mountain Rescue Team) was founded there in 1952"), so that a question
     * naming the entity finds the sentence that says it. Quotes and offsets stay the document's own.
     */
    private List<String> sentenceTexts(Document document, List<Span> spans) {
        String text = document.text();
        Coreference references = coreference.get();
        List<String> lead = spans.stream().limit(Coreference.LEAD_SENTENCES).map(s -> s.of(text)).toList();
        List<String> texts = new ArrayList<>(spans.size());
        String previous = null;
        for (Span span : spans) {
            String sentence = span.of(text);
            texts.add(references.resolve(sentence, previous, document.title(), lead));
            previous = sentence;
        }
        return texts;
    }
}

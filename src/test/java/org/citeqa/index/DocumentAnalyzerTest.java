package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.citeqa.chunk.Chunker;
import org.citeqa.chunk.SentenceSplitter;
import org.citeqa.corpus.Document;
import org.citeqa.language.WordNet;
import org.junit.jupiter.api.Test;

class DocumentAnalyzerTest {

    private static final String FOUNDED = "The team was founded there on 22 March 1952 with fourteen members.";
    private static final String TEXT = "The Harl Mountain Rescue Team is a volunteer search and rescue organisation in"
            + " the Harl Fells.\n\nA local doctor called a public meeting at the Drovers' Arms in Brackby. " + FOUNDED;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DocumentAnalyzer analyzer = new DocumentAnalyzer(new Chunker(700, 0, splitter), splitter,
            new EnglishAnalysis(new WordNet()), Coreferences.lazy());

    @Test
    void aSentenceThatRefersBackIsEmbeddedWithWhatItRefersTo() {
        Document doc = new Document("harl-rescue", "Harl Mountain Rescue Team", "test", TEXT);
        AnalysedDocument analysed = analyzer.analyse(doc);
        float[][] sentences = analyzer.embed(analysed, new FakeEmbedder(), 8, IngestProgress.NONE).sentenceVectors();

        float[] founded = sentences[2];
        float[] question = FakeEmbedder.vector("When was the Harl rescue team founded?");
        assertTrue(SentenceVectors.similarity(question, founded)
                        > SentenceVectors.similarity(question, FakeEmbedder.vector(FOUNDED)) + 0.1,
                "the sentence's vector should carry the team's name, which only the title gives");
        // A sentence that refers to nothing is embedded as written; its quote is the document's text either way.
        assertArrayEquals(FakeEmbedder.vector(analysed.sentences().spans().get(1).of(TEXT)), sentences[1]);
    }
}

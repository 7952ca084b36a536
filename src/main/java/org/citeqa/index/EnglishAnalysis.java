package org.citeqa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.citeqa.language.WordNet;

/**
 * The one English analysis chain used for indexing, querying and sentence scoring, so that all three see the
 * same terms: possessives removed, lower-cased, accents folded ("Gdańsk" matches "Gdansk"), British
 * spellings folded ("recognise" matches "recognize", checked against WordNet), irregular inflections folded into
 * their base by WordNet's exception lists ("met" matches "meet", "crises" matches "crisis"), English stop words
 * dropped, Porter-stemmed.
 *
 * <p>Application-scoped, so built on first use: at start that is the index opening in the background, which then
 * loads WordNet (a second of CPU) off the thread that brings the HTTP server up.
 */
@jakarta.enterprise.context.ApplicationScoped
public class EnglishAnalysis {

    /** Bump when the chain changes: it is part of the index fingerprint. */
    public static final String VERSION = "english-v4";

    private final BritishSpellings british;
    private final java.util.Map<String, String> irregular;
    private final Analyzer analyzer;

    public EnglishAnalysis(WordNet wordNet) {
        this.british = new BritishSpellings(wordNet);
        this.irregular = wordNet.irregularForms();
        this.analyzer = chain();
    }

    private Analyzer chain() {
        return new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(tokenizer);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new WordFoldingFilter(stream, british::fold);
            stream = new WordFoldingFilter(stream, word -> irregular.getOrDefault(word, word));
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
        };
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The analysed terms of {@code text}, in order, duplicates kept. */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return terms;
    }

    /** An analysed term and the characters of the word it came from. */
    public record Token(String term, int start, int end) {
    }

    /** The analysed terms of {@code text} with their character offsets in it, in order. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return tokens;
    }
}

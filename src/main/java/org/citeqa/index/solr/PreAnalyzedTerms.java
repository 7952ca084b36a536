package org.citeqa.index.solr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.citeqa.index.EnglishAnalysis;
import org.citeqa.index.IndexSchema;

/**
 * A chunk's text analysed by the service's English chain, in Solr's JSON pre-analysed format
 * ({@code {"v":"1","tokens":[{"t":"observatori"},{"t":"found","i":2}]}}): terms with their position increments, so
 * that a removed stop word still separates two words for phrase queries, exactly as in the embedded index.
 */
final class PreAnalyzedTerms {

    private static final JsonFactory JSON = new JsonFactory();

    private PreAnalyzedTerms() {
    }

    static String of(EnglishAnalysis analysis, String text) {
        StringWriter out = new StringWriter(text.length());
        try (JsonGenerator json = JSON.createGenerator(out);
             TokenStream stream = analysis.analyzer().tokenStream(IndexSchema.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            json.writeStartObject();
            json.writeStringField("v", "1");
            json.writeArrayFieldStart("tokens");
            stream.reset();
            while (stream.incrementToken()) {
                json.writeStartObject();
                json.writeStringField("t", term.toString());
                if (increment.getPositionIncrement() != 1) {
                    json.writeNumberField("i", increment.getPositionIncrement());
                }
                json.writeEndObject();
            }
            stream.end();
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out.toString();
    }
}

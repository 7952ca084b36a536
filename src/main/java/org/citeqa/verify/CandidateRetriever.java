package org.citeqa.verify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citeqa.corpus.Document;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;
import org.citeqa.index.SentenceVectors;
import org.citeqa.language.Coreference;
import org.citeqa.search.SearchHit;
import org.citeqa.search.SearchService;

/**
 * Sentences that may bear on a claim: every sentence of the best BM25 chunks, each once, in rank order, each read
 * with the entity it refers back to when it opens with a reference ("It was founded…").
 */
@ApplicationScoped
public class CandidateRetriever {

    private final SearchService search;
    private final VerifyConfig config;
    private final Coreference coreference;

    public CandidateRetriever(SearchService search, VerifyConfig config, Coreference coreference) {
        this.search = search;
        this.config = config;
        this.coreference = coreference;
    }

    public List<Candidate> retrieve(IndexedCorpus corpus, String claim) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // The claim is compared with sentences as a sentence, not as a search query: no query instruction.
        float[] claimVector = corpus.sentenceVectors().isPresent() && corpus.embedder().isPresent()
                ? corpus.embedder().get().embedSentence(claim) : null;
        for (SearchHit hit : search.search(corpus, claim, config.candidateChunks())) {
            Document doc = corpus.documents().get(hit.chunk().documentId());
            List<Sentence> all = corpus.sentences().of(doc.id());
            for (Sentence s : corpus.sentences().within(doc.id(), hit.chunk().start(), hit.chunk().end())) {
                if (seen.add(doc.id() + "#" + s.index())) {
                    String quote = s.span().of(doc.text());
                    String previous = s.index() > 0 ? all.get(s.index() - 1).span().of(doc.text()) : null;
                    out.add(new Candidate(out.size() + 1, doc.id(), doc.title(), hit.chunk().id(), hit.chunk().text(),
                            quote, s.span().start(), s.span().end(),
                            claimVector == null ? Double.NaN
                                    : SentenceVectors.similarity(claimVector, corpus.sentenceVectors().get().of(s)),
                            doc.pageAt(s.span().start()),
                            coreference.resolve(quote, previous, doc.title(), corpus.sentences().lead(doc)),
                            context(doc.text(), all, s.index()) + doc.title()));
                }
            }
        }
        return out;
    }

    /** Sentences of one paragraph before the one at {@code index} that a sentence may rely on for its names. */
    static final int CONTEXT_SENTENCES = 3;

    /**
     * What a sentence may leave unsaid because its paragraph said it already: up to {@value #CONTEXT_SENTENCES}
     * sentences before it in its paragraph ("renamed Havørn. She carried ice… All fourteen crew were rescued"), one
     * per line, ending with a line break; the sentence just before even across a paragraph break, as a heading is.
     */
    static String context(String text, List<Sentence> all, int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index - 1; i >= 0 && i >= index - CONTEXT_SENTENCES; i--) {
            Sentence before = all.get(i);
            boolean paragraphBreak = text.substring(before.span().end(), all.get(i + 1).span().start()).contains("\n\n");
            if (paragraphBreak && i < index - 1) {
                break; // the paragraph starts after this sentence
            }
            out.insert(0, before.span().of(text) + "\n");
            if (paragraphBreak) {
                break;
            }
        }
        return out.toString();
    }
}

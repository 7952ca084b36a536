package org.citeqa.api;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.citeqa.answer.ExtractiveAnswerer;
import org.citeqa.corpus.Document;
import org.citeqa.index.CorpusIndex;
import org.citeqa.index.IndexedCorpus;
import org.citeqa.index.Sentence;
import org.citeqa.verify.ClaimVerifier;
import org.jboss.logging.Logger;

/**
 * Asks one question and checks one claim in the background once the index is open, made from the corpus itself
 * (the first document's title and first sentence). Without it the first user's question took about a second on two
 * cores, ten times a later one: the tagger's models are read and WordNet's first lookups made on first use.
 * Readiness does not wait for it, and a request that arrives meanwhile waits only for what it needs itself.
 */
@ApplicationScoped
public class Warmup {

    private static final Logger LOG = Logger.getLogger(Warmup.class);
    /** How long the warm-up waits for the index; a start that takes longer has no user waiting on it either. */
    private static final Duration INDEX_WAIT = Duration.ofMinutes(30);
    /** How often it looks whether the index is open. */
    private static final Duration POLL = Duration.ofMillis(50);
    /** Among how many of the first document's first sentences the claim to warm up with is chosen. */
    private static final int WARMUP_SENTENCES = 5;

    private final ApiConfig config;
    private final CorpusIndex index;
    private final ExtractiveAnswerer answerer;
    private final ClaimVerifier verifier;
    private final CompletableFuture<Boolean> done = new CompletableFuture<>();
    private volatile boolean stopped;

    public Warmup(ApiConfig config, CorpusIndex index, ExtractiveAnswerer answerer, ClaimVerifier verifier) {
        this.config = config;
        this.index = index;
        this.answerer = answerer;
        this.verifier = verifier;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.warmUp()) {
            done.complete(false);
            return;
        }
        Thread.ofPlatform().name("citeqa-warm-up").daemon().start(this::run);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopped = true; // a start still waiting for its index (a store that never answers) gives up
    }

    /** Completes with true once the warm-up has run, false when it is off or could not run (it never fails). */
    public CompletableFuture<Boolean> done() {
        return done;
    }

    private void run() {
        try {
            Optional<IndexedCorpus> opened = awaitIndex();
            Optional<Document> first = opened.flatMap(c -> c.orderedDocuments().stream().findFirst());
            if (first.isEmpty() || stopped) {
                done.complete(false);
                return;
            }
            long started = System.nanoTime();
            IndexedCorpus corpus = opened.get();
            Document doc = first.get();
            answerer.answer(corpus, "What is " + doc.title() + "?");
            List<Sentence> sentences = corpus.sentences().of(doc.id());
            // The longest of the first sentences: a statement, where the first is often a title, which asserts
            // nothing and so would not reach the claim checker's models.
            sentences.stream().limit(WARMUP_SENTENCES).max(Comparator.comparingInt(s -> s.span().length()))
                    .ifPresent(s -> verifier.verify(corpus, s.span().of(doc.text())));
            LOG.infof("Warmed up in %d ms", (System.nanoTime() - started) / 1_000_000);
            done.complete(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.complete(false);
        } catch (RuntimeException e) {
            // Only a warm-up: the first request will load what it needs, and say what is wrong if anything is.
            LOG.debug("warm-up skipped", e);
            done.complete(false);
        }
    }

    /** The index once open; empty when the service stops first or it takes longer than {@link #INDEX_WAIT}. */
    private Optional<IndexedCorpus> awaitIndex() throws InterruptedException {
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        while (!stopped && System.nanoTime() < deadline) {
            Optional<IndexedCorpus> corpus = index.current();
            if (corpus.isPresent()) {
                return corpus;
            }
            Thread.sleep(POLL);
        }
        return Optional.empty();
    }
}

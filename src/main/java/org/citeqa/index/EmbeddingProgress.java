package org.citeqa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Embeds in batches, tells a listener after each batch and logs how far it got, so a large document is visibly moving. */
final class EmbeddingProgress {

    private static final Logger LOG = Logger.getLogger(EmbeddingProgress.class);
    private static final long LOG_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final String what;
    private final int total;
    private final int batchSize;
    private final IngestProgress listener;
    private final long started = System.nanoTime();
    private long lastLog = started;
    private int done;

    EmbeddingProgress(String what, int total, int batchSize, IngestProgress listener) {
        this.what = what;
        this.total = total;
        this.batchSize = Math.max(1, batchSize);
        this.listener = listener;
    }

    List<float[]> embed(Embedder embedder, List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        listener.passages(0, total);
        for (int from = 0; from < texts.size(); from += batchSize) {
            vectors.addAll(embedder.embedPassages(texts.subList(from, Math.min(texts.size(), from + batchSize))));
            done += Math.min(batchSize, texts.size() - from);
            listener.passages(done, total);
            long now = System.nanoTime();
            if (now - lastLog >= LOG_EVERY_NANOS) {
                lastLog = now;
                LOG.infof("Embedded %d/%d passages of %s in %.1f s", done, total, what, (now - started) / 1e9);
            }
        }
        return vectors;
    }
}

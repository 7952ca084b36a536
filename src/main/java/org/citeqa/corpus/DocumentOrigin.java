package org.citeqa.corpus;

import java.time.Instant;

/**
 * Where a document came from: the file's name and size, when it was added (an upload's time, or a start-up file's
 * modification time) and whether it was uploaded through the API or read from the start-up folder.
 */
public record DocumentOrigin(String fileName, long bytes, Instant added, boolean uploaded) {
}

package org.citeqa.ingest;

import java.nio.file.Path;

/** One uploaded file as received: where the server put it, the name the client gave it, its size in bytes. */
public record Upload(Path file, String fileName, long size) {
}

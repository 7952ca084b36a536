package org.citeqa.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: into a temporary file beside it, then moved over it in one step, so that a crash
 * or a full disk never leaves a partial file under the real name (nor, on failure, the temporary one).
 */
public final class WholeFiles {

    /** Fills the temporary file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path partial) throws IOException;
    }

    private WholeFiles() {
    }

    /** Writes {@code target} (creating its folder) with what {@code content} puts in the temporary file. */
    public static void write(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try {
            content.writeTo(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}

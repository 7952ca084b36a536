package org.citeqa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The index folders under the configured root. A finished index is a folder named after its fingerprint and
 * holding a {@value #COMPLETE} marker written last. A new index is built in a temporary folder beside it and
 * moved into place in one rename, so a crash mid-build never leaves a half-built index where one is looked for;
 * older folders are deleted only after the swap.
 */
final class IndexStore {

    static final String COMPLETE = "COMPLETE";
    private static final String BUILDING = ".building-";
    private static final Logger LOG = Logger.getLogger(IndexStore.class);

    private final Path root;

    IndexStore(Path root) {
        this.root = root;
    }

    /** The finished index folder for this fingerprint, if one exists. */
    Optional<Path> finished(String fingerprint) {
        Path dir = root.resolve(fingerprint);
        return Files.isRegularFile(dir.resolve(COMPLETE)) ? Optional.of(dir) : Optional.empty();
    }

    /** A fresh temporary folder to build into. */
    Path newBuildDir(String fingerprint) {
        try {
            Files.createDirectories(root);
            return Files.createTempDirectory(root, BUILDING + fingerprint + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a build folder under " + root.toAbsolutePath(), e);
        }
    }

    /** Marks a built index complete and swaps it into place; returns its final folder. */
    Path publish(Path buildDir, String fingerprint) {
        Path target = root.resolve(fingerprint);
        try {
            Files.writeString(buildDir.resolve(COMPLETE), fingerprint);
            if (Files.exists(target)) {
                deleteTree(target); // a broken or unfinished index with the same fingerprint
            }
            try {
                Files.move(buildDir, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(buildDir, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new index into " + target.toAbsolutePath(), e);
        }
    }

    /** Deletes every index folder (and leftover build folder) except {@code keep}. */
    void deleteAllBut(Path keep) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && !entry.equals(keep)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            LOG.warnf("could not clean old index folders under %s: %s", root.toAbsolutePath(), e.getMessage());
        }
    }

    void delete(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            LOG.warnf("could not delete %s: %s", dir.toAbsolutePath(), e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

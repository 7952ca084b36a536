package org.citeqa.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The uploaded originals, kept under the data folder exactly as uploaded so the corpus survives restarts. Each
 * document id has a folder named by a hash of the id (ids never become paths) holding numbered versions; a version
 * is written completely in a temporary folder, flushed to disk, then renamed into place in one step, so after a
 * crash a version is either all there or not there. The newest version is the truth: an original, or a tombstone
 * that hides a start-up folder document of that id. Older versions are pruned once the index has caught up.
 */
public final class OriginalStore {

    private static final Logger LOG = Logger.getLogger(OriginalStore.class);
    private static final String META = "meta.properties";
    private static final String ORIGINAL = "original.";
    private static final String TEMP = ".tmp-";
    private static final String VERSION = "v";

    /** An uploaded original, or (with {@code file} null) the record that a document was removed. */
    public record Entry(String id, int version, Path file, String fileName, DocumentFormat format, long bytes,
                       Instant added, String title, String source) {

        public boolean removed() {
            return file == null;
        }

        public DocumentOrigin origin() {
            return new DocumentOrigin(fileName, bytes, added, true);
        }
    }

    private final Path root;

    /** @param root the folder holding the originals ({@code <citeqa.data.dir>/documents}); created when needed */
    public OriginalStore(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /**
     * The newest version of every stored id, after cleaning up what an interrupted write left behind: temporary
     * folders, older versions, folders without a version.
     */
    public synchronized List<Entry> recover() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return entries;
        }
        try (DirectoryStream<Path> keys = Files.newDirectoryStream(root)) {
            for (Path key : keys) {
                if (!Files.isDirectory(key)) {
                    continue;
                }
                deleteTemporaries(key);
                Optional<Entry> newest = newest(key);
                if (newest.isEmpty()) {
                    deleteTree(key);
                    continue;
                }
                pruneBefore(key, newest.get().version());
                entries.add(newest.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored originals under " + root.toAbsolutePath(), e);
        }
        entries.sort(Comparator.comparing(Entry::id));
        return entries;
    }

    /** The newest version stored for an id, if any. */
    public synchronized Optional<Entry> get(String id) {
        Path key = keyOf(id);
        return Files.isDirectory(key) ? newest(key) : Optional.empty();
    }

    /** Stores {@code upload} as the newest version of {@code id}, atomically; returns it. */
    public synchronized Entry save(String id, Path upload, String fileName, DocumentFormat format, String title,
                                   String source) {
        try {
            long bytes = Files.size(upload);
            Entry entry = new Entry(id, 0, null, fileName, format, bytes, Instant.now(), title, source);
            return write(entry, upload);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the original of " + id + " under " + root.toAbsolutePath(), e);
        }
    }

    /** Records, atomically, that {@code id} is removed (hiding a start-up file of that id too); returns the record. */
    public synchronized Entry remove(String id) {
        try {
            return write(new Entry(id, 0, null, null, null, 0, Instant.now(), null, null), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the removal of " + id + " under " + root.toAbsolutePath(), e);
        }
    }

    /** Deletes the versions of {@code id} older than {@code version}: the index now reflects that version. */
    public synchronized void prune(String id, int version) {
        Path key = keyOf(id);
        if (Files.isDirectory(key)) {
            pruneBefore(key, version);
        }
    }

    /** Deletes everything stored for {@code id} (a removal that hides nothing need not be remembered). */
    public synchronized void forget(String id) {
        Path key = keyOf(id);
        try {
            Path doomed = root.resolve(TEMP + "forget-" + UUID.randomUUID());
            if (Files.isDirectory(key)) {
                move(key, doomed);
                deleteTree(doomed);
            }
        } catch (IOException e) {
            LOG.warnf("could not delete the stored versions of %s: %s", id, e.getMessage());
        }
    }

    /**
     * Deletes the versions of {@code id} up to {@code version} (a removal that hides nothing), and the id's folder
     * when nothing newer was stored meanwhile: an upload sent after the removal stays.
     */
    public synchronized void forgetThrough(String id, int version) {
        Path key = keyOf(id);
        if (!Files.isDirectory(key)) {
            return;
        }
        pruneBefore(key, version + 1);
        if (newest(key).isEmpty()) {
            forget(id);
        }
    }

    /** Takes back a version written for an ingest that then failed, if it is still the newest. */
    public synchronized void discard(Entry entry) {
        Path version = keyOf(entry.id()).resolve(VERSION + entry.version());
        try {
            deleteTree(version);
            Path key = keyOf(entry.id());
            if (newest(key).isEmpty()) {
                deleteTree(key);
            }
        } catch (IOException e) {
            LOG.warnf("could not take back version %d of %s: %s", entry.version(), entry.id(), e.getMessage());
        }
    }

    private Entry write(Entry entry, Path upload) throws IOException {
        Path key = keyOf(entry.id());
        Files.createDirectories(key);
        int version = newest(key).map(Entry::version).orElse(0) + 1;
        Path temp = key.resolve(TEMP + UUID.randomUUID());
        Files.createDirectory(temp);
        try {
            Properties meta = new Properties();
            meta.setProperty("id", entry.id());
            meta.setProperty("added", entry.added().toString());
            if (upload != null) {
                Path original = temp.resolve(ORIGINAL + entry.format().extension());
                Files.copy(upload, original);
                force(original);
                meta.setProperty("fileName", entry.fileName());
                meta.setProperty("format", entry.format().id());
                meta.setProperty("bytes", Long.toString(entry.bytes()));
                if (entry.title() != null) {
                    meta.setProperty("title", entry.title());
                }
                if (entry.source() != null) {
                    meta.setProperty("source", entry.source());
                }
            } else {
                meta.setProperty("removed", "true");
            }
            Path metaFile = temp.resolve(META);
            try (OutputStream out = Files.newOutputStream(metaFile)) {
                meta.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "CiteQA stored document");
            }
            force(metaFile);
            forceDirectory(temp);
            Path target = key.resolve(VERSION + version);
            move(temp, target);
            forceDirectory(key);
            forceDirectory(root);
            return read(target).orElseThrow(() -> new IOException("the version just written cannot be read"));
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private Optional<Entry> newest(Path key) {
        Optional<Entry> best = Optional.empty();
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(key, VERSION + "*")) {
            for (Path version : versions) {
                Optional<Entry> entry = read(version);
                if (entry.isPresent() && (best.isEmpty() || entry.get().version() > best.get().version())) {
                    best = entry;
                }
            }
        } catch (IOException e) {
            LOG.warnf("cannot list %s: %s", key, e.getMessage());
        }
        return best;
    }

    private static Optional<Entry> read(Path versionDir) {
        String name = versionDir.getFileName().toString();
        if (!name.matches(VERSION + "\\d{1,9}") || !Files.isRegularFile(versionDir.resolve(META))) {
            return Optional.empty();
        }
        int version = Integer.parseInt(name.substring(VERSION.length()));
        Properties meta = new Properties();
        try (Reader reader = Files.newBufferedReader(versionDir.resolve(META), StandardCharsets.UTF_8)) {
            meta.load(reader);
            String id = meta.getProperty("id");
            Instant added = Instant.parse(meta.getProperty("added"));
            if (id == null) {
                return Optional.empty();
            }
            if (Boolean.parseBoolean(meta.getProperty("removed"))) {
                return Optional.of(new Entry(id, version, null, null, null, 0, added, null, null));
            }
            DocumentFormat format = DocumentFormat.ofId(meta.getProperty("format")).orElse(null);
            if (format == null) {
                return Optional.empty();
            }
            Path file = versionDir.resolve(ORIGINAL + format.extension());
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(new Entry(id, version, file, meta.getProperty("fileName"), format,
                    Long.parseLong(meta.getProperty("bytes", "0")), added, meta.getProperty("title"),
                    meta.getProperty("source")));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("ignoring the unreadable stored version %s: %s", versionDir, e.getMessage());
            return Optional.empty();
        }
    }

    private void pruneBefore(Path key, int version) {
        try (DirectoryStream<Path> versions = Files.newDirectoryStream(key)) {
            for (Path entry : versions) {
                String name = entry.getFileName().toString();
                if (name.matches(VERSION + "\\d{1,9}") && Integer.parseInt(name.substring(1)) < version) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            LOG.warnf("could not prune old versions in %s: %s", key, e.getMessage());
        }
    }

    private static void deleteTemporaries(Path key) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(key, TEMP + "*")) {
            for (Path temp : entries) {
                deleteTree(temp);
            }
        }
    }

    private Path keyOf(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return root.resolve(HexFormat.of().formatHex(hash, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot sync a directory; the rename itself is still atomic
        }
    }

    static void deleteTree(Path dir) throws IOException {
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

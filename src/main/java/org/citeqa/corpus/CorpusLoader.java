package org.citeqa.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** Reads a folder of documents. */
public final class CorpusLoader {

    private static final List<String> DOCUMENT_EXTENSIONS = List.of(".txt", ".md");

    private final TextCleaner cleaner;
    private final TitleGuesser titleGuesser;

    public CorpusLoader(TextCleaner cleaner) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.titleGuesser = new TitleGuesser(cleaner);
    }

    /**
     * Every .txt and .md file directly in {@code dir} (sorted by file name), cleaned. Files that are empty
     * after cleaning are skipped.
     *
     * @throws CorpusException if dir is missing, not a directory, holds no .txt/.md file, cannot be read,
     *                         or holds two documents with the same id (e.g. a.txt and a.md)
     */
    public List<Document> load(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir)) {
            throw new CorpusException("Corpus folder does not exist: " + dir.toAbsolutePath());
        }
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("Corpus folder is not a directory: " + dir.toAbsolutePath());
        }
        List<Path> files = documentFiles(dir);
        if (files.isEmpty()) {
            throw new CorpusException("Corpus folder holds no .txt or .md file: " + dir.toAbsolutePath());
        }
        Map<String, Path> seenIds = new HashMap<>();
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            String id = idOf(file);
            Path other = seenIds.putIfAbsent(id, file);
            if (other != null) {
                throw new CorpusException("Two documents would have the same id '" + id + "': "
                        + other.getFileName() + " and " + file.getFileName() + " in " + dir.toAbsolutePath());
            }
            Document document = loadDocument(dir, file, id);
            if (!document.text().isEmpty()) {
                documents.add(document);
            }
        }
        return List.copyOf(documents);
    }

    private Document loadDocument(Path dir, Path file, String id) {
        String fileName = file.getFileName().toString();
        boolean markdown = fileName.toLowerCase(Locale.ROOT).endsWith(".md");
        String raw = readUtf8(file);
        String text = cleaner.clean(raw, markdown);
        Sidecar meta = Sidecar.of(dir, id);
        String title = meta.value("title");
        String source = meta.value("source");
        return new Document(
                id,
                title != null ? title : titleGuesser.guess(id, raw, text, markdown),
                source != null ? source : fileName,
                text);
    }

    private static List<Path> documentFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries
                    .filter(Files::isRegularFile)
                    .filter(CorpusLoader::isDocumentFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("Cannot list corpus folder " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDocumentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return DOCUMENT_EXTENSIONS.stream().anyMatch(ext -> name.endsWith(ext) && name.length() > ext.length());
    }

    /** File name without its extension: "kosovo-foreign-relations.txt" → "kosovo-foreign-relations". */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** UTF-8 with malformed bytes replaced by U+FFFD, so a badly encoded file still loads. */
    private static String readUtf8(Path file) {
        try {
            return decodeLeniently(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CorpusException("Cannot read corpus file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    static String decodeLeniently(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("UTF-8 decoding with REPLACE cannot fail", e);
        }
    }

}

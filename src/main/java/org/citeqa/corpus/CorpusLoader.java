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
import org.jboss.logging.Logger;

/**
 * Reads files into cleaned documents: a whole folder (the start-up corpus) or one file (an upload). Plain text and
 * Markdown are read as UTF-8; every other allowed format goes through {@link TextExtractor}. For PDFs the canonical
 * text keeps the page each range came from.
 */
public final class CorpusLoader {

    private static final String SIDECAR_SUFFIX = Sidecar.SUFFIX;
    private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

    private final TextCleaner cleaner;
    private final TitleGuesser titleGuesser;
    private final TextExtractor extractor;

    public CorpusLoader(TextCleaner cleaner) {
        this(cleaner, new TextExtractor());
    }

    public CorpusLoader(TextCleaner cleaner, TextExtractor extractor) {
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.titleGuesser = new TitleGuesser(cleaner);
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /**
     * Every file of an allowed format directly in {@code dir} (sorted by file name), cleaned. Skipped with a
     * warning: files that are empty after cleaning, files that cannot be read as documents (an encrypted PDF, a
     * damaged file), and a file whose id an earlier one already gives ({@code a.txt} after {@code a.md}). A folder
     * with no document file gives no documents, with a warning.
     *
     * @throws CorpusException if dir is missing, not a directory, or cannot be listed
     */
    public List<Document> load(Path dir) {
        return loadWithOrigins(dir).stream().map(SourceDocument::document).toList();
    }

    /** As {@link #load}, each document with its file's name, size and modification time. */
    public List<SourceDocument> loadWithOrigins(Path dir) {
        List<Path> files = check(dir);
        if (files.isEmpty()) {
            // A service filled through the API starts from an empty folder; its uploads are kept elsewhere.
            LOG.warnf("The corpus folder %s holds no document file (%s): the service starts with the documents"
                    + " uploaded to it, if any; add documents with POST /api/documents", dir.toAbsolutePath(),
                    String.join(", ", DocumentFormat.allExtensions()));
        }
        Map<String, Path> seenIds = new HashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : files) {
            String id = idOf(file);
            if (!usableId(id)) {
                LOG.warnf("Skipping %s: its name gives no usable id (only dots, or control characters)",
                        file.toAbsolutePath());
                continue;
            }
            Path other = seenIds.get(id);
            if (other != null) {
                // Files come sorted by name, so which one is kept does not depend on the file system.
                LOG.warnf("Skipping %s: %s, read before it, gives the same id '%s'; rename one to keep both",
                        file.toAbsolutePath(), other.getFileName(), id);
                continue;
            }
            try {
                Document document = loadDocument(dir, file, id);
                if (document.text().isEmpty()) {
                    LOG.warnf("Skipping %s: it holds no text", file.toAbsolutePath());
                    continue;
                }
                seenIds.put(id, file);
                documents.add(new SourceDocument(document, new DocumentOrigin(file.getFileName().toString(),
                        Files.size(file), Files.getLastModifiedTime(file).toInstant(), false)));
            } catch (ExtractionException e) {
                LOG.warnf("Skipping %s: %s", file.toAbsolutePath(), e.getMessage());
            } catch (IOException | CorpusException e) {
                // One file the service may not read (its permissions, a broken link) must not stop the others.
                LOG.warnf("Skipping %s: it cannot be read (%s)", file.toAbsolutePath(), reason(e));
            }
        }
        return List.copyOf(documents);
    }

    /**
     * The folder's document files, without reading them: a quick check, at start, that the folder is usable.
     *
     * @throws CorpusException when the folder does not exist or is not a directory
     */
    public List<Path> check(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!Files.exists(dir)) {
            throw new CorpusException("Corpus folder does not exist: " + dir.toAbsolutePath());
        }
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("Corpus folder is not a directory: " + dir.toAbsolutePath());
        }
        return documentFiles(dir);
    }

    private Document loadDocument(Path dir, Path file, String id) {
        String fileName = file.getFileName().toString();
        Sidecar meta = Sidecar.of(dir, id);
        if (DocumentFormat.ofFileName(fileName).filter(DocumentFormat::isPlainText).isPresent()) {
            // Read as always: the extension decides Markdown, no detection needed.
            DocumentFormat format = DocumentFormat.ofFileName(fileName).orElseThrow();
            return document(id, new Extracted(format, TextExtractor.utf8Text(readBytes(file)), List.of(), null),
                    meta.value("title"), meta.value("source"), fileName);
        }
        return read(id, file, fileName, meta.value("title"), meta.value("source"));
    }

    /**
     * One file as a cleaned document.
     *
     * @param fileName the name it was uploaded or stored under: a hint for detection and the default source
     * @param title    the title to use, or null for the file's metadata title or else a guess from the text
     * @param source   the source to show, or null for the file name
     * @throws ExtractionException when the file cannot be read as a document, or holds no text after cleaning
     */
    public Document read(String id, Path file, String fileName, String title, String source) {
        Document document = document(id, extractor.extract(file, fileName), title, source, fileName);
        if (document.text().isBlank()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT, "it holds no text once cleaned");
        }
        return document;
    }

    private Document document(String id, Extracted extracted, String title, String source, String fileName) {
        boolean markdown = extracted.format() == DocumentFormat.MARKDOWN;
        String text = cleaner.clean(extracted.text(), markdown);
        String chosenTitle = title != null ? title
                : extracted.title() != null ? extracted.title()
                : titleGuesser.guess(id, extracted.text(), text, markdown);
        return new Document(id, chosenTitle, source != null ? source : fileName, text, extracted.format().id(),
                PageAligner.align(extracted.text(), extracted.pageStarts(), text));
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
        String name = file.getFileName().toString();
        return !name.toLowerCase(Locale.ROOT).endsWith(SIDECAR_SUFFIX) && DocumentFormat.ofFileName(name).isPresent();
    }

    /** An id a citation can name and a URL can hold: not only dots ("..txt"), no control characters. */
    static boolean usableId(String id) {
        return !id.isBlank() && !id.chars().allMatch(c -> c == '.') && id.chars().noneMatch(Character::isISOControl);
    }

    /** Why a file could not be read, in words: an I/O error's message is often only the file's path. */
    private static String reason(Exception e) {
        Throwable cause = e instanceof CorpusException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file (a broken link?)";
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** File name without its extension: "brannock-tidal-observatory.txt" → "brannock-tidal-observatory". */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException("Cannot read corpus file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** UTF-8 with malformed bytes replaced by U+FFFD, so a badly encoded file still loads. */
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

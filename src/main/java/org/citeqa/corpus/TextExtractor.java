package org.citeqa.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a file of any allowed format into raw text with Apache Tika (plain text and Markdown are read as UTF-8
 * directly, as they always were). Detection looks at the bytes as well as the name, so a renamed file is still
 * recognised, and anything not on the {@link DocumentFormat} allow-list is refused before a parser sees it.
 * Guards: Tika's zip-bomb limits (compression ratio, nesting), a cap on extracted characters, no OCR, no embedded
 * attachments, and a PDF must end with its trailer (a truncated upload is refused, not half-read).
 * Thread-safe.
 */
@jakarta.inject.Singleton
public final class TextExtractor {

    /** Default cap on the characters one document may yield: about 5,000 pages of prose. */
    public static final long DEFAULT_MAX_CHARS = 20_000_000;
    // Tika's zip-bomb guard: output beyond this many characters must not exceed the ratio below per input byte.
    private static final long BOMB_OUTPUT_THRESHOLD = 1_000_000;
    private static final long BOMB_MAX_RATIO = 100;
    private static final int BOMB_MAX_DEPTH = 100;
    // Zip packages: no document expands past this, nor beyond the ratio once it is past the floor.
    private static final long MAX_EXPANDED_BYTES = 1L << 30;
    private static final long ZIP_RATIO_FLOOR = 20L << 20;
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int PDF_TAIL = 2048;
    /** Characters of a text file read to tell text from binary data, and the share of odd ones (1 in …) refused. */
    private static final int TEXT_SAMPLE = 65_536;
    private static final int NOT_TEXT_SHARE = 10;

    private final long maxChars;
    private volatile TikaConfig tika;
    private volatile AutoDetectParser parser;

    public TextExtractor() {
        this(DEFAULT_MAX_CHARS);
    }

    @jakarta.inject.Inject
    public TextExtractor(@org.eclipse.microprofile.config.inject.ConfigProperty(name = "citeqa.ingest.max-chars",
            defaultValue = "20000000") long maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * The format of a file, from its bytes and its name.
     *
     * @throws ExtractionException EMPTY_FILE or UNSUPPORTED_FORMAT
     */
    public DocumentFormat detect(Path file, String fileName) {
        long size = sizeOf(file);
        if (size == 0) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY_FILE, "the file is empty");
        }
        String detected;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            detected = tika().getDetector().detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.UNREADABLE, "it cannot be read: " + e.getMessage(), e);
        }
        return DocumentFormat.ofMediaType(detected).orElseThrow(() -> new ExtractionException(
                ExtractionException.Reason.UNSUPPORTED_FORMAT, "its format (" + detected + ") is not one the service reads;"
                + " send PDF, HTML, DOCX, ODT, RTF, EPUB, plain text or Markdown"));
    }

    /**
     * The raw text of {@code file}, whose format was detected first.
     *
     * @throws ExtractionException for any file that cannot become a document, with its reason
     */
    public Extracted extract(Path file, String fileName) {
        DocumentFormat format = detect(file, fileName);
        if (format.isPlainText()) {
            String text;
            try {
                text = utf8Text(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ExtractionException(ExtractionException.Reason.UNREADABLE, "it cannot be read: " + e.getMessage(), e);
            }
            if (text.length() > maxChars) {
                throw new ExtractionException(ExtractionException.Reason.TOO_LARGE,
                        "it holds more than " + maxChars + " characters of text");
            }
            return new Extracted(format, text, List.of(), null);
        }
        if (format == DocumentFormat.DOCX || format == DocumentFormat.ODT || format == DocumentFormat.EPUB) {
            refuseBombs(file);
        }
        if (format == DocumentFormat.PDF && !endsWithTrailer(file)) {
            throw new ExtractionException(ExtractionException.Reason.UNREADABLE,
                    "the PDF is truncated or damaged: it has no end-of-file marker");
        }
        StructuredTextHandler handler = new StructuredTextHandler(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(file)) {
            parser().parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                    "it is encrypted (password-protected); upload a copy without the password", e);
        } catch (ZeroByteFileException e) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY_FILE, "the file is empty", e);
        } catch (SAXException e) {
            throw translate(e.getException() != null ? e.getException() : e);
        } catch (TikaException | IOException | RuntimeException e) {
            throw translate(e);
        }
        String text = handler.text();
        Extracted extracted = format == DocumentFormat.PDF
                ? PdfPages.shape(text, handler.pageStarts(), metadataTitle(metadata))
                : new Extracted(format, text, List.of(), metadataTitle(metadata));
        if (extracted.text().isBlank()) {
            throw new ExtractionException(ExtractionException.Reason.NO_TEXT, format == DocumentFormat.PDF
                    ? "the PDF has no text layer (a scan?); run it through OCR first"
                    : "it holds no text");
        }
        return extracted;
    }

    /**
     * A plain-text or Markdown file's bytes as text: UTF-8, a malformed byte replaced by U+FFFD so that a badly encoded
     * file still reads, but binary data named {@code .txt} refused.
     *
     * @throws ExtractionException UNSUPPORTED_FORMAT when the bytes do not read as text ({@link #looksLikeText})
     */
    static String utf8Text(byte[] bytes) {
        String text = CorpusLoader.decodeLeniently(bytes);
        if (!looksLikeText(text)) {
            throw new ExtractionException(ExtractionException.Reason.UNSUPPORTED_FORMAT, "it is named as text but is"
                    + " not UTF-8 text (binary data?); send PDF, HTML, DOCX, ODT, RTF, EPUB, plain text or Markdown");
        }
        return text;
    }

    /**
     * Whether decoded "text" reads as text: binary data named {@code .txt} decodes to undecodable bytes (U+FFFD) and
     * control characters. A text in another encoding (Latin-1 accents) has a few of those, never one in ten.
     */
    static boolean looksLikeText(String text) {
        int sample = Math.min(text.length(), TEXT_SAMPLE);
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                odd++;
            }
        }
        return odd * NOT_TEXT_SHARE <= sample;
    }

    private static ExtractionException translate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ExtractionException known) {
                return known;
            }
            if (t instanceof EncryptedDocumentException) {
                return new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                        "it is encrypted (password-protected); upload a copy without the password", e);
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new ExtractionException(ExtractionException.Reason.TOO_LARGE,
                        "it expands to far more data than its size (a zip bomb?)", e);
            }
            if (message.contains("password") || message.contains("encrypt")) {
                return new ExtractionException(ExtractionException.Reason.ENCRYPTED,
                        "it is encrypted (password-protected); upload a copy without the password", e);
            }
        }
        return new ExtractionException(ExtractionException.Reason.UNREADABLE,
                "it is damaged or truncated and cannot be read", e);
    }

    private ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        pdf.setSortByPosition(true);
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        context.set(HtmlMapper.class, PageChromeDiscarder.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
        return context;
    }

    private AutoDetectParser parser() {
        AutoDetectParser p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    AutoDetectParser created = new AutoDetectParser(tika());
                    created.setAutoDetectParserConfig(new AutoDetectParserConfig(null, BOMB_OUTPUT_THRESHOLD,
                            BOMB_MAX_RATIO, BOMB_MAX_DEPTH, BOMB_MAX_DEPTH));
                    parser = created;
                }
                p = parser;
            }
        }
        return p;
    }

    private TikaConfig tika() {
        TikaConfig t = tika;
        if (t == null) {
            synchronized (this) {
                if (tika == null) {
                    tika = TikaConfig.getDefaultConfig();
                }
                t = tika;
            }
        }
        return t;
    }

    /** A title from the file's metadata, unless it is empty or just a file or program name. */
    static String metadataTitle(Metadata metadata) {
        String title = metadata.get(TikaCoreProperties.TITLE);
        if (title == null) {
            return null;
        }
        String t = RawText.collapseSpaces(RawText.normalise(title).replace('\n', ' '));
        t = t.replaceFirst("^(?i)microsoft (word|powerpoint) - ", "");
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.length() < 2 || t.length() > 300 || lower.matches(".*\\.(docx?|pdf|odt|rtf|html?|txt|epub)$")
                || Set.of("untitled", "untitled document", "document", "title", "no title").contains(lower)) {
            return null;
        }
        return t;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.UNREADABLE, "it cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A zip package (DOCX, ODT, EPUB) whose entries expand to far more than the file's size is refused before any
     * parser inflates it; Tika's own ratio guard stays behind this as a second line for packages that lie.
     */
    private static void refuseBombs(Path file) {
        long size = sizeOf(file);
        long expanded = 0;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                long entrySize = entries.nextElement().getSize();
                expanded += Math.max(0, entrySize);
            }
        } catch (IOException e) {
            throw new ExtractionException(ExtractionException.Reason.UNREADABLE,
                    "it is damaged or truncated and cannot be read", e);
        }
        if (expanded > MAX_EXPANDED_BYTES || expanded > ZIP_RATIO_FLOOR && expanded / Math.max(1, size) > BOMB_MAX_RATIO) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, "it expands to " + expanded
                    + " bytes from " + size + " (a zip bomb?)");
        }
    }

    /** A complete PDF ends with "%%EOF" (perhaps followed by a line break or a little padding). */
    private static boolean endsWithTrailer(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int tail = (int) Math.min(PDF_TAIL, length);
            byte[] bytes = new byte[tail];
            raf.seek(length - tail);
            raf.readFully(bytes);
            outer:
            for (int i = tail - PDF_END.length; i >= 0; i--) {
                for (int j = 0; j < PDF_END.length; j++) {
                    if (bytes[i + j] != PDF_END[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Web pages: navigation, footers, sidebars and forms are page chrome, not the document. Containers that Tika's
     * default mapping drops ({@code div}, {@code section}, {@code span}, ...) are passed on, so that blocks built of
     * them stay paragraphs and {@link StructuredTextHandler} sees what {@code hidden} and {@code style} hide.
     */
    private static final class PageChromeDiscarder implements HtmlMapper {
        static final PageChromeDiscarder INSTANCE = new PageChromeDiscarder();
        private static final Set<String> CHROME = Set.of("NAV", "FOOTER", "ASIDE", "FORM", "BUTTON", "SELECT",
                "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME");
        private static final Set<String> CONTAINERS = Set.of("DIV", "SECTION", "ARTICLE", "HEADER", "MAIN", "FIGURE",
                "FIGCAPTION", "SPAN");
        private static final Set<String> VISIBILITY = Set.of("hidden", "style");

        @Override
        public String mapSafeElement(String name) {
            String mapped = DefaultHtmlMapper.INSTANCE.mapSafeElement(name);
            String upper = name.toUpperCase(Locale.ROOT);
            return mapped == null && CONTAINERS.contains(upper) ? upper.toLowerCase(Locale.ROOT) : mapped;
        }

        @Override
        public boolean isDiscardElement(String name) {
            return CHROME.contains(name.toUpperCase(Locale.ROOT)) || DefaultHtmlMapper.INSTANCE.isDiscardElement(name);
        }

        @Override
        public String mapSafeAttribute(String elementName, String attributeName) {
            String lower = attributeName.toLowerCase(Locale.ROOT);
            return VISIBILITY.contains(lower) ? lower
                    : DefaultHtmlMapper.INSTANCE.mapSafeAttribute(elementName, attributeName);
        }
    }

    /** Attachments and embedded files are not part of the document's text (and are where bombs hide). */
    private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
        static final NoEmbeddedDocuments INSTANCE = new NoEmbeddedDocuments();

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded is false
        }
    }
}

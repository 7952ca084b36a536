package org.citeqa.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats the service reads, each with the media types Tika detects for it and the file extensions it is known
 * by in the start-up folder. Anything else is refused: an allow-list, so a format nobody tested never reaches the
 * parsers.
 */
public enum DocumentFormat {
    PDF("PDF", List.of("application/pdf"), List.of("pdf")),
    HTML("HTML", List.of("text/html", "application/xhtml+xml"), List.of("html", "htm", "xhtml")),
    DOCX("Word", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), List.of("docx")),
    ODT("OpenDocument", List.of("application/vnd.oasis.opendocument.text"), List.of("odt")),
    RTF("RTF", List.of("application/rtf", "text/rtf"), List.of("rtf")),
    EPUB("EPUB", List.of("application/epub+zip"), List.of("epub")),
    TEXT("Text", List.of("text/plain"), List.of("txt")),
    MARKDOWN("Markdown", List.of("text/x-web-markdown", "text/markdown"), List.of("md", "markdown"));

    private final String label;
    private final List<String> mediaTypes;
    private final List<String> extensions;

    DocumentFormat(String label, List<String> mediaTypes, List<String> extensions) {
        this.label = label;
        this.mediaTypes = mediaTypes;
        this.extensions = extensions;
    }

    /** The short lower-case name used in the API and the index ("pdf", "docx", "md"). */
    public String id() {
        return this == TEXT ? "txt" : this == MARKDOWN ? "md" : name().toLowerCase(Locale.ROOT);
    }

    /** A name for people: "PDF", "Word", "Markdown". */
    public String label() {
        return label;
    }

    /** The extension an original of this format is stored under. */
    public String extension() {
        return extensions.getFirst();
    }

    /** Text formats are read as UTF-8 directly; the others go through Tika. */
    boolean isPlainText() {
        return this == TEXT || this == MARKDOWN;
    }

    /** The format of a detected media type (parameters such as charset ignored), if it is on the allow-list. */
    public static Optional<DocumentFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.mediaTypes.contains(base)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if it is on the allow-list. */
    public static Optional<DocumentFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** By {@link #id()}; empty for anything else. */
    public static Optional<DocumentFormat> ofId(String id) {
        for (DocumentFormat format : values()) {
            if (format.id().equals(id)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Every extension the start-up folder reads, for messages. */
    public static List<String> allExtensions() {
        return java.util.Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList();
    }
}

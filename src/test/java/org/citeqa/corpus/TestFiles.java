package org.citeqa.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Real documents of every format, built in the test itself: PDFs with PDFBox (pages, footnotes, a password),
 * DOCX with Apache POI, ODT and EPUB as the zip packages their specifications describe, HTML and RTF as text.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** One page of a PDF: body lines (12 pt) and footnote lines (8 pt, at the bottom). */
    public record PdfPage(List<String> body, List<String> footnotes) {
        public PdfPage(List<String> body) {
            this(body, List.of());
        }
    }

    public static byte[] pdf(String title, List<PdfPage> pages) {
        return pdf(title, pages, null);
    }

    /** A PDF whose pages hold the given lines; with {@code userPassword}, encrypted so it cannot be opened without it. */
    public static byte[] pdf(String title, List<PdfPage> pages, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (PdfPage content : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (String line : content.body()) {
                        if (!line.isEmpty()) {
                            write(stream, font, 12, 60, y, line);
                        }
                        y -= line.isEmpty() ? 20 : 15;
                    }
                    float fy = 60 + 11 * content.footnotes().size();
                    for (String line : content.footnotes()) {
                        write(stream, font, 8, 60, fy, line);
                        fy -= 11;
                    }
                }
            }
            if (title != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                doc.setDocumentInformation(info);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream stream, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }

    /** A DOCX with a title in its core properties, a heading and paragraphs. */
    public static byte[] docx(String title, String heading, List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument()) {
            if (title != null) {
                doc.getProperties().getCoreProperties().setTitle(title);
            }
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText(heading);
            for (String text : paragraphs) {
                doc.createParagraph().createRun().setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid DOCX package whose document part inflates to {@code inflatedBytes} of nothing: a zip bomb. */
    public static byte[] docxBomb(long inflatedBytes) {
        byte[] normal = docx("Bomb", "Heading", List.of("A paragraph."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(normal));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("A paragraph.");
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] block = new byte[1 << 16];
                    java.util.Arrays.fill(block, (byte) 'a');
                    for (long written = 0; written < inflatedBytes; written += block.length) {
                        zip.write(block);
                    }
                    zip.write(xml.substring(cut + "A paragraph.".length()).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(data);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An OpenDocument text: mimetype first and stored, a manifest, content.xml and meta.xml. */
    public static byte[] odt(String title, String heading, List<String> paragraphs) {
        StringBuilder body = new StringBuilder("<text:h text:outline-level=\"1\">").append(xml(heading)).append("</text:h>");
        paragraphs.forEach(p -> body.append("<text:p>").append(xml(p)).append("</text:p>"));
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:text>%s</office:text></office:body></office:document-content>
                """.formatted(body);
        String meta = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2">
                <office:meta><dc:title>%s</dc:title></office:meta></office:document-meta>
                """.formatted(xml(title));
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        return zip("application/vnd.oasis.opendocument.text", Map.of("META-INF/manifest.xml", manifest,
                "content.xml", content, "meta.xml", meta));
    }

    /** An EPUB 3: mimetype, container, package document with a title, one XHTML chapter per entry. */
    public static byte[] epub(String title, List<String> chapters) {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        java.util.LinkedHashMap<String, String> files = new java.util.LinkedHashMap<>();
        files.put("META-INF/container.xml", """
                <?xml version="1.0"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                </container>
                """);
        for (int i = 0; i < chapters.size(); i++) {
            String id = "ch" + (i + 1);
            manifest.append("<item id=\"").append(id).append("\" href=\"").append(id)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\"/>");
            spine.append("<itemref idref=\"").append(id).append("\"/>");
            files.put("OEBPS/" + id + ".xhtml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <html xmlns="http://www.w3.org/1999/xhtml"><head><title>%s</title></head>
                    <body>%s</body></html>
                    """.formatted(xml(title), chapters.get(i)));
        }
        files.put("OEBPS/content.opf", """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789012</dc:identifier>
                    <dc:title>%s</dc:title><dc:language>en</dc:language>
                  </metadata>
                  <manifest>%s</manifest>
                  <spine>%s</spine>
                </package>
                """.formatted(xml(title), manifest, spine));
        return zip("application/epub+zip", files);
    }

    private static byte[] zip(String mimetype, Map<String, String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().strip().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** RTF with a heading and paragraphs; non-ASCII characters escaped as RTF requires. */
    public static byte[] rtf(String heading, List<String> paragraphs) {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 ");
        rtf.append("{\\b ").append(rtfText(heading)).append("}\\par\\par ");
        for (String p : paragraphs) {
            rtf.append(rtfText(p)).append("\\par\\par ");
        }
        rtf.append('}');
        return rtf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String rtfText(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\\' || cp == '{' || cp == '}') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp < 128) {
                out.appendCodePoint(cp);
            } else {
                out.append("\\u").append(cp > 32767 ? cp - 65536 : cp).append('?');
            }
        });
        return out.toString();
    }

    public static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(byte[] bytes, OutputStream out) throws IOException {
        out.write(bytes);
    }
}

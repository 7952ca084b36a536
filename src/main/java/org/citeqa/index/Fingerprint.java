package org.citeqa.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.citeqa.corpus.Document;
import org.citeqa.corpus.PageSpan;

/**
 * Identifies what an index, or one document in it, was built from. The settings fingerprint (schema, analysis,
 * chunking, embedding model) names the index folder: changing a setting builds a new index beside the old one. A
 * document's fingerprint adds its cleaned text, title and pages, so a change to its file or to the cleaning rules
 * re-indexes that document, and only that one.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String ofSettings(List<String> settings) {
        MessageDigest digest = sha256();
        for (String setting : settings) {
            update(digest, setting);
        }
        return hex(digest);
    }

    static String of(Document doc, List<String> settings) {
        MessageDigest digest = sha256();
        for (String setting : settings) {
            update(digest, setting);
        }
        update(digest, doc.id());
        update(digest, doc.title());
        update(digest, doc.format());
        update(digest, doc.text());
        for (PageSpan page : doc.pages()) {
            update(digest, page.page() + ":" + page.start() + "-" + page.end());
        }
        return hex(digest);
    }

    /** The fingerprint of a whole corpus (kept for tools that compare corpora). */
    static String of(List<Document> documents, List<String> settings) {
        MessageDigest digest = sha256();
        for (String setting : settings) {
            update(digest, setting);
        }
        for (Document doc : documents) {
            update(digest, of(doc, List.of()));
        }
        return hex(digest);
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 20);
    }

    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

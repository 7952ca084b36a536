package org.citeqa.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.citeqa.corpus.Document;

/**
 * Identifies an index by what it was built from: the cleaned documents (so a change to a file or to the
 * cleaning rules counts) and every setting that shapes the index.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(List<Document> documents, List<String> settings) {
        MessageDigest digest = sha256();
        for (String setting : settings) {
            update(digest, setting);
        }
        for (Document doc : documents) {
            update(digest, doc.id());
            update(digest, doc.title());
            update(digest, doc.text());
        }
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

package org.citeqa.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Document ids of uploads: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 100
 * characters, no "..". Ids are names, never paths: they are looked up in memory and stored under a hash.
 */
public final class DocumentIds {

    static final int MAX_LENGTH = 100;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private DocumentIds() {
    }

    public static boolean isSafe(String id) {
        return id != null && SAFE.matcher(id).matches() && !id.contains("..");
    }

    /** An id from a file name: "Annual Report (2024).pdf" → "annual-report-2024". */
    public static String fromFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("\\.{2,}", ".")
                .replaceAll("-{2,}", "-").replaceAll("^[^a-z0-9]+|[^a-z0-9]+$", "");
        if (id.length() > MAX_LENGTH) {
            id = id.substring(0, MAX_LENGTH).replaceAll("[^a-z0-9]+$", "");
        }
        return id.isEmpty() ? "document" : id;
    }
}

package org.citeqa.chunk;

/**
 * A passage of a document: whole sentences, identified as {@code docId#n}.
 * {@code text} is exactly {@code canonical.substring(start, end)}.
 */
public record Chunk(String id, String documentId, int ordinal, int start, int end, String text) {

    public static String idOf(String documentId, int ordinal) {
        return documentId + "#" + ordinal;
    }
}

package org.citeqa.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.citeqa.chunk.Chunk;

/**
 * Every chunk of an open index by its Lucene document number, read once when the index opens. A search hit then
 * costs an array lookup instead of decompressing a stored-fields block per hit on every request; reading all of
 * them at open also proves the stored fields readable before the index is used.
 */
public final class ChunkTable {

    private final Chunk[] byDoc;

    private ChunkTable(Chunk[] byDoc) {
        this.byDoc = byDoc;
    }

    static ChunkTable read(DirectoryReader reader) throws IOException {
        Chunk[] chunks = new Chunk[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < chunks.length; doc++) {
            chunks[doc] = IndexSchema.fromLucene(stored.document(doc));
        }
        return new ChunkTable(chunks);
    }

    /** The chunk stored as Lucene document {@code doc} of the reader this table was read from. */
    public Chunk chunk(int doc) {
        return byDoc[doc];
    }

    public int size() {
        return byDoc.length;
    }
}

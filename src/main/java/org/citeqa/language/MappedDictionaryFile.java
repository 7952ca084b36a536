package org.citeqa.language;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.JWNLIOException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.dictionary.file.DictionaryFileFactory;
import net.sf.extjwnl.dictionary.file.DictionaryFileType;
import net.sf.extjwnl.princeton.file.AbstractPrincetonRandomAccessDictionaryFile;
import net.sf.extjwnl.util.ByteArrayCharSequence;
import net.sf.extjwnl.util.CharBufferCharSequence;
import net.sf.extjwnl.util.PointedCharSequence;
import net.sf.extjwnl.util.factory.Param;

/**
 * A WordNet data file read through a read-only memory map, for extJWNL: what its class-path file type does with a
 * byte array of the whole file (37 MB for WordNet 3.1, inflated at every start and kept on the heap), done with the
 * operating system's page cache instead. Opening is instant and only the pages a lookup touches are read. Named in
 * the dictionary's properties as its {@code file_type}; extJWNL creates it by reflection.
 */
public final class MappedDictionaryFile extends AbstractPrincetonRandomAccessDictionaryFile
        implements DictionaryFileFactory<MappedDictionaryFile> {

    private volatile ByteBuffer buffer;
    private volatile long firstLineOffset = -1;
    private final Charset charset;

    /** Factory constructor, as extJWNL calls it. */
    public MappedDictionaryFile(Dictionary dictionary, Map<String, Param> params) {
        super(dictionary, params);
        this.charset = null;
    }

    /** Instance constructor, as {@link #newInstance} calls it. */
    public MappedDictionaryFile(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType,
                                Map<String, Param> params) {
        super(dictionary, path, pos, fileType, params);
        this.charset = encoding == null ? null : Charset.forName(encoding);
    }

    @Override
    public MappedDictionaryFile newInstance(Dictionary dictionary, String path, POS pos, DictionaryFileType fileType) {
        return new MappedDictionaryFile(dictionary, path, pos, fileType, params);
    }

    @Override
    public void open() throws JWNLException {
        try (FileChannel channel = FileChannel.open(Path.of(path, getFilename()), StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            buffer = mapped; // the mapping outlives the channel
        } catch (IOException | IllegalArgumentException e) {
            throw new JWNLIOException(e);
        }
    }

    @Override
    public boolean isOpen() {
        return buffer != null;
    }

    @Override
    public void close() {
        buffer = null; // unmapped when collected
    }

    @Override
    public void save() {
        throw new UnsupportedOperationException("WordNet is read only here");
    }

    @Override
    public void edit() {
        throw new UnsupportedOperationException("WordNet is read only here");
    }

    /** Past the licence at the top of the file: its lines start with a space. */
    @Override
    public long getFirstLineOffset() throws JWNLException {
        if (firstLineOffset < 0) {
            ByteBuffer b = open(buffer);
            int i = 0;
            boolean lineStart = true;
            while (i < b.limit() && !(lineStart && b.get(i) != ' ')) {
                lineStart = b.get(i) == '\n';
                i++;
            }
            firstLineOffset = i;
        }
        return firstLineOffset;
    }

    @Override
    public long getNextLineOffset(long offset) throws JWNLException {
        ByteBuffer b = open(buffer);
        if (offset < 0 || offset >= b.limit()) {
            return -1;
        }
        int next = end(b, (int) offset, false) + 1;
        return next >= b.limit() ? -1 : next;
    }

    @Override
    public int getOffsetLength() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setOffsetLength(int length) {
        throw new UnsupportedOperationException();
    }

    @Override
    public PointedCharSequence readLine(long offset) throws JWNLException {
        return read(offset, false);
    }

    @Override
    public PointedCharSequence readWord(long offset) throws JWNLException {
        return read(offset, true);
    }

    @Override
    public long length() throws JWNLException {
        return open(buffer).limit();
    }

    /** The line (or word) at the offset, copied out of the map; null past the end, as extJWNL expects. */
    private PointedCharSequence read(long offset, boolean word) throws JWNLException {
        ByteBuffer b = open(buffer);
        if (offset < 0 || offset >= b.limit()) {
            return null;
        }
        int start = (int) offset;
        int end = end(b, start, word);
        byte[] bytes = new byte[end - start];
        b.get(start, bytes);
        if (charset == null) {
            return new ByteArrayCharSequence(bytes, 0, bytes.length, end);
        }
        try {
            CharBuffer chars = charset.newDecoder().decode(ByteBuffer.wrap(bytes));
            return new CharBufferCharSequence(chars, end);
        } catch (CharacterCodingException e) {
            throw new JWNLIOException(e);
        }
    }

    /**
     * Where the line (or word) starting at {@code start} ends: its newline (or space), or the end of the file. Scans
     * a copied block at a time: a search reads many lines, and a loop over an array is cheap even before the JIT.
     */
    private static int end(ByteBuffer b, int start, boolean word) {
        byte[] block = new byte[256];
        int from = start;
        while (from < b.limit()) {
            int length = Math.min(block.length, b.limit() - from);
            b.get(from, block, 0, length);
            for (int i = 0; i < length; i++) {
                byte c = block[i];
                if (c == '\n' || (word && c == ' ')) {
                    return from + i;
                }
            }
            from += length;
        }
        return b.limit();
    }

    private ByteBuffer open(ByteBuffer b) throws JWNLException {
        if (b == null) {
            throw new JWNLException(dictionary.getMessages().resolveMessage("PRINCETON_EXCEPTION_001"));
        }
        return b;
    }
}

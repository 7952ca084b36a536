package org.citeqa.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's big files are copied out of their jars once, reused while intact, and copied again when not. */
class ModelFilesTest {

    private static final String GRAPH = "bge-small-en-v1.5-q.onnx";

    @TempDir
    Path dir;

    private final ClassLoader loader = ModelFilesTest.class.getClassLoader();

    @Test
    void theGraphIsCopiedOnceAndReused() throws IOException {
        ModelFiles files = new ModelFiles(dir);
        Path copy = files.file(loader, GRAPH).orElseThrow();
        assertTrue(copy.getFileName().toString().matches("bge-small-en-v1\\.5-q-[0-9a-f]{8}\\.onnx"), copy.toString());
        try (InputStream original = loader.getResourceAsStream(GRAPH)) {
            assertArrayEquals(original.readAllBytes(), Files.readAllBytes(copy));
        }
        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(copy, written);
        assertEquals(copy, files.file(loader, GRAPH).orElseThrow());
        assertEquals(written, Files.getLastModifiedTime(copy), "an intact copy is not written again");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aDamagedCopyIsReplaced() throws IOException {
        ModelFiles files = new ModelFiles(dir);
        Path copy = files.file(loader, GRAPH).orElseThrow();
        long size = Files.size(copy);
        Files.write(copy, new byte[] {1, 2, 3}); // as if a crash or a full disk had cut it short
        assertEquals(copy, files.file(loader, GRAPH).orElseThrow());
        assertEquals(size, Files.size(copy));
    }

    @Test
    void aResourceOutsideAJarIsReadFromTheClassPath() {
        assertEquals(Optional.empty(), new ModelFiles(dir).file(loader, "application.properties"));
    }

    @Test
    void aFolderThatCannotBeWrittenIsNoError() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "in the way");
        assertEquals(Optional.empty(), new ModelFiles(notAFolder.resolve("models")).file(loader, GRAPH));
    }

    @Test
    void theModelLoadedFromTheCopyGivesTheSameVectors() {
        ModelSpec bge = ModelSpec.named(ModelSpec.BGE).orElseThrow();
        try (OnnxEmbedder fromJar = OnnxEmbedder.load(ModelSpec.BGE);
             OnnxEmbedder fromCopy = OnnxEmbedder.load(bge, 1, 1, Optional.of(new ModelFiles(dir)))) {
            String question = "When did Kosovo declare independence?";
            assertArrayEquals(fromJar.embedQuery(question), fromCopy.embedQuery(question));
        }
        try (Stream<Path> copies = Files.list(dir)) {
            assertTrue(copies.anyMatch(p -> p.getFileName().toString().endsWith(".onnx")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

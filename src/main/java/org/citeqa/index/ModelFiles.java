package org.citeqa.index;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.logging.Logger;

/**
 * Copies of the embedding model's big files in the data folder: its ONNX graph (34 MB for BGE) and ONNX Runtime's
 * native library (17 MB), taken out of their jars by the first start and reused by the next ones. Without them every
 * start inflates both again (about 0.4 s of CPU), ONNX Runtime writes its library to a new temporary folder, and the
 * graph passes through the Java heap as a byte array, whose pages stay resident after it is gone.
 *
 * <p>A copy is named after the CRC of its jar entry and reused only while its size matches too, so a new model or a
 * new ONNX Runtime gets new copies; a copy is written under a temporary name and moved into place, so a crash never
 * leaves a partial file under the real name. When a file cannot be copied (not in a jar, a read-only folder) it is
 * read from the class path as before.
 */
final class ModelFiles {

    private static final Logger LOG = Logger.getLogger(ModelFiles.class);

    private final Path dir;

    ModelFiles(Path dir) {
        this.dir = dir;
    }

    /**
     * Points ONNX Runtime at copies of its native libraries in the data folder, unless the JVM was told where they
     * are already. Call before the first use of ONNX Runtime: it reads the setting once, when it loads.
     */
    void useCopiedOnnxRuntime() {
        if (System.getProperty("onnxruntime.native.path") != null
                || System.getProperty("onnxruntime.native.onnxruntime.path") != null) {
            return;
        }
        ClassLoader loader = ai.onnxruntime.OrtEnvironment.class.getClassLoader(); // loads, does not initialise
        String folder = "ai/onnxruntime/native/" + onnxRuntimePlatform() + "/";
        String runtime = folder + System.mapLibraryName("onnxruntime");
        String jni = folder + System.mapLibraryName("onnxruntime4j_jni");
        Optional<JarEntryInfo> entry = entry(loader, runtime);
        if (entry.isEmpty()) {
            return;
        }
        // Both libraries in one folder named after the runtime's CRC: the JNI glue must match the runtime.
        Path libraries = dir.resolve(String.format("onnxruntime-%08x", entry.get().crc()));
        if (copy(loader, runtime, libraries).isPresent() && copy(loader, jni, libraries).isPresent()) {
            System.setProperty("onnxruntime.native.path", libraries.toString());
        }
    }

    /** A file with the contents of the class-path resource, or empty when no copy can be made. */
    Optional<Path> file(ClassLoader loader, String resource) {
        Optional<JarEntryInfo> entry = entry(loader, resource);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path target = dir.resolve(stem + "-" + String.format("%08x", entry.get().crc()) + extension);
        return place(loader, resource, target, entry.get().size());
    }

    private Optional<Path> copy(ClassLoader loader, String resource, Path folder) {
        Optional<JarEntryInfo> entry = entry(loader, resource);
        return entry.flatMap(e -> place(loader, resource, folder.resolve(resource.substring(resource.lastIndexOf('/') + 1)),
                e.size()));
    }

    /** The resource at {@code target}: the copy there when its size is right, else a new copy. */
    private static Optional<Path> place(ClassLoader loader, String resource, Path target, long size) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return Optional.of(target);
            }
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                if (Files.size(partial) != size) {
                    throw new IOException("copied " + Files.size(partial) + " bytes of " + size);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            LOG.debugf("copied %s to %s", resource, target);
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot keep a copy of %s in %s (%s); reading it from the class path", resource,
                    target.getParent(), e.getMessage());
            return Optional.empty();
        }
    }

    private record JarEntryInfo(long size, long crc) {
    }

    /** Size and CRC of the resource's jar entry, read from the jar's directory without inflating anything. */
    private static Optional<JarEntryInfo> entry(ClassLoader loader, String resource) {
        URL url = loader.getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        String spec = url.getPath(); // file:/path/to.jar!/entry
        int bang = spec.indexOf("!/");
        if (bang < 0 || !spec.startsWith("file:")) {
            return Optional.empty();
        }
        try (ZipFile jar = new ZipFile(Path.of(new URL(spec.substring(0, bang)).toURI()).toFile())) {
            ZipEntry entry = jar.getEntry(spec.substring(bang + 2));
            return entry == null || entry.getSize() < 0 || entry.getCrc() < 0 ? Optional.empty()
                    : Optional.of(new JarEntryInfo(entry.getSize(), entry.getCrc()));
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** ONNX Runtime's name for this platform's folder of native libraries ({@code linux-x64}, {@code osx-aarch64}). */
    private static String onnxRuntimePlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String machine = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64" : arch;
        return system + "-" + machine;
    }
}

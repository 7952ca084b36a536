package org.citeqa.index;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.citeqa.files.ClassPathCopies;

/**
 * Copies of the embedding model's big files in the data folder: its ONNX graph (34 MB for BGE) and ONNX Runtime's
 * native library (17 MB), taken out of their jars by the first start and reused by the next ones. Without them every
 * start inflates both again (about 0.4 s of CPU), ONNX Runtime writes its library to a new temporary folder, and the
 * graph passes through the Java heap as a byte array, whose pages stay resident after it is gone.
 *
 * <p>A copy is named after the CRC of its jar entry, so a new model or a new ONNX Runtime gets new copies; see
 * {@link ClassPathCopies} for how copies are made and reused.
 */
final class ModelFiles {

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
        Optional<ClassPathCopies.JarEntryInfo> entry = ClassPathCopies.entry(loader, runtime);
        if (entry.isEmpty()) {
            return;
        }
        // Both libraries in one folder named after the runtime's CRC: the JNI glue must match the runtime.
        Path libraries = dir.resolve("onnxruntime-" + entry.get().crcHex());
        if (copy(loader, runtime, libraries).isPresent() && copy(loader, jni, libraries).isPresent()) {
            System.setProperty("onnxruntime.native.path", libraries.toString());
        }
    }

    /** A file with the contents of the class-path resource, or empty when no copy can be made. */
    Optional<Path> file(ClassLoader loader, String resource) {
        Optional<ClassPathCopies.JarEntryInfo> entry = ClassPathCopies.entry(loader, resource);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path target = dir.resolve(stem + "-" + entry.get().crcHex() + extension);
        return ClassPathCopies.place(loader, resource, target, entry.get().size());
    }

    private static Optional<Path> copy(ClassLoader loader, String resource, Path folder) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return ClassPathCopies.copy(loader, resource, folder.resolve(name));
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

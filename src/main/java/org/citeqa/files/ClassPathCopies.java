package org.citeqa.files;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.logging.Logger;

/**
 * Files holding the contents of class-path resources that live in jars, so that a start can map or open a file instead
 * of inflating the resource again. A copy is reused only while its size matches the jar entry's; it is written under
 * a temporary name and moved into place, so a crash never leaves a partial file under the real name. When no copy can
 * be made (the resource is not in a jar, the folder is read-only) the caller reads the class path as before.
 */
public final class ClassPathCopies {

    private static final Logger LOG = Logger.getLogger(ClassPathCopies.class);

    private ClassPathCopies() {
    }

    /** Size and CRC of a resource's jar entry. */
    public record JarEntryInfo(long size, long crc) {

        /** The CRC as eight hex digits: names a folder or file after the contents it holds. */
        public String crcHex() {
            return String.format("%08x", crc);
        }
    }

    /** The resource's jar entry, read from the jar's directory without inflating anything; empty outside a jar. */
    public static Optional<JarEntryInfo> entry(ClassLoader loader, String resource) {
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

    /**
     * The resource at {@code target}, copied when missing or of the wrong size; empty when it is not in a jar or
     * cannot be copied.
     */
    public static Optional<Path> copy(ClassLoader loader, String resource, Path target) {
        return entry(loader, resource).flatMap(e -> place(loader, resource, target, e.size()));
    }

    /**
     * The resource at {@code target}: the copy there when its size is {@code size}, else a new copy; empty on
     * failure.
     */
    public static Optional<Path> place(ClassLoader loader, String resource, Path target, long size) {
        try {
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return Optional.of(target);
            }
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    return Optional.empty();
                }
                WholeFiles.write(target, partial -> {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    if (Files.size(partial) != size) {
                        throw new IOException("copied " + Files.size(partial) + " bytes of " + size);
                    }
                });
            }
            LOG.debugf("copied %s to %s", resource, target);
            return Optional.of(target);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Cannot keep a copy of %s in %s (%s); reading it from the class path", resource,
                    target.getParent(), e.getMessage());
            return Optional.empty();
        }
    }
}

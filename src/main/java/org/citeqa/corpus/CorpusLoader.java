package org.citeqa.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Stream;

// TEMPORARY stand-in until the cleaning branch lands.
public final class CorpusLoader {
    private final TextCleaner cleaner;
    public CorpusLoader(TextCleaner cleaner) { this.cleaner = cleaner; }
    public List<Document> load(Path dir) {
        if (!Files.isDirectory(dir)) throw new CorpusException("corpus folder " + dir.toAbsolutePath() + " does not exist");
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(".txt") && !name.endsWith(".md")) continue;
                String id = name.substring(0, name.lastIndexOf('.'));
                String text = cleaner.clean(Files.readString(f, StandardCharsets.UTF_8), name.endsWith(".md"));
                docs.add(new Document(id, id, name, text));
            }
        } catch (IOException e) { throw new CorpusException("cannot read " + dir, e); }
        if (docs.isEmpty()) throw new CorpusException("corpus folder " + dir.toAbsolutePath() + " holds no .txt or .md file");
        return docs;
    }
}

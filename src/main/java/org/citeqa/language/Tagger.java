package org.citeqa.language;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.chunker.ThreadSafeChunkerME;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Part-of-speech tags and phrase chunks for English sentences, from Apache OpenNLP's maximum-entropy English models
 * (trained on the Penn Treebank; {@code en-pos-maxent.bin} and {@code en-chunker.bin} on the class path). Loaded
 * once; thread-safe; sentences tagged recently are remembered (bounded).
 *
 * <p>Tokens keep their character offsets in the sentence, so that what the tags find (a proper-noun phrase, the
 * noun phrase after "in") can be quoted exactly.
 */
@Singleton
public final class Tagger {

    private static final String POS_MODEL = "en-pos-maxent.bin";
    private static final String CHUNK_MODEL = "en-chunker.bin";
    private static final int CACHE = 20_000;
    /**
     * Chunk sequences the chunker's beam search keeps (OpenNLP's default is 10). Three gives the same chunks for
     * 99.8 % of tokens over the dev and training articles at a third of the cost ({@code TaggerBench}); chunking was a
     * fifth of the service's Java time with every question new.
     */
    static final int CHUNK_BEAM = 3;

    /**
     * Penn Treebank tokens: initialisms ("U.S."), numbers with their separators and ordinal or decade suffixes,
     * words with inner hyphens and apostrophes, then any other single character. Possessive "'s" and "n't" are
     * split off afterwards, as the Treebank does.
     */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}|\\d+(?:[.,:/]\\d+)*(?:st|nd|rd|th|s)?|\\p{L}[\\p{L}\\p{M}\\d]*(?:[-'’]\\p{L}[\\p{L}\\p{M}\\d]*)*|\\S");
    /** Typographic marks the Treebank-trained models never saw, as the Treebank writes them. */
    private static final Map<String, String> TREEBANK = Map.of("’s", "'s", "’", "'", "“", "``", "”", "''",
            "\"", "''", "–", "--", "—", "--", "n’t", "n't");

    private final ThreadSafePOSTaggerME posTagger;
    private final ThreadSafeChunkerME chunker;
    private final LoadingCache<String, TaggedSentence> recent;

    public Tagger() {
        this(CHUNK_BEAM);
    }

    /** With another chunker beam: for the benchmark that compares beams. */
    Tagger(int chunkBeam) {
        try (InputStream pos = model(POS_MODEL); InputStream chunks = model(CHUNK_MODEL)) {
            // The 1.5 POS model tags in Penn Treebank tags; OpenNLP 2 would map them to UD tags by default, which
            // the chunker (trained on Penn tags) does not understand.
            this.posTagger = new ThreadSafePOSTaggerME(new POSModel(pos), POSTagFormat.PENN);
            ChunkerModel read = new ChunkerModel(chunks);
            this.chunker = new ThreadSafeChunkerME(new ChunkerModel(read.getLanguage(),
                    (MaxentModel) read.getArtifact("chunker.model"), chunkBeam, null, read.getFactory()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models", e);
        }
        this.recent = Caffeine.newBuilder().maximumSize(CACHE).build(text -> tag(text, tokenize(text)));
    }

    /** Tokenizes, tags and chunks a sentence. */
    public TaggedSentence tag(String sentence) {
        return recent.get(sentence);
    }

    /**
     * Tags and chunks a sentence whose tokens the caller has already found, each as {@code {start, end}} in the
     * sentence, so that token i of the result is the caller's token i.
     */
    public TaggedSentence tag(String sentence, List<int[]> tokenSpans) {
        String[] words = new String[tokenSpans.size()];
        for (int i = 0; i < words.length; i++) {
            String w = sentence.substring(tokenSpans.get(i)[0], tokenSpans.get(i)[1]);
            words[i] = TREEBANK.getOrDefault(w, w.replace('’', '\''));
        }
        String[] tags = words.length == 0 ? new String[0] : posTagger.tag(words);
        String[] chunkTags = words.length == 0 ? new String[0] : chunker.chunk(words, tags);
        List<TaggedToken> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            int[] span = tokenSpans.get(i);
            tokens.add(new TaggedToken(i, sentence.substring(span[0], span[1]), span[0], span[1], tags[i], chunkTags[i]));
        }
        return new TaggedSentence(sentence, tokens, chunks(sentence, tokens));
    }

    /** The Treebank-style token spans of a sentence. */
    public static List<int[]> tokenize(String sentence) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String w = m.group();
            int split = clitic(w);
            if (split > 0) {
                spans.add(new int[] {start, start + split});
                spans.add(new int[] {start + split, end});
            } else {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /** Where a possessive or a negative clitic begins in a word ("Valdoria|'s", "did|n't"), or 0. */
    private static int clitic(String w) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (w.length() > 3 && (lower.endsWith("n't") || lower.endsWith("n’t"))) {
            return w.length() - 3;
        }
        if (w.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
            return w.length() - 2;
        }
        return 0;
    }

    private static List<Phrase> chunks(String sentence, List<TaggedToken> tokens) {
        List<Phrase> out = new ArrayList<>();
        int first = -1;
        String type = null;
        for (int i = 0; i <= tokens.size(); i++) {
            String tag = i < tokens.size() ? tokens.get(i).chunk() : "O";
            boolean begins = tag.startsWith("B-") || tag.equals("O")
                    || tag.startsWith("I-") && !tag.substring(2).equals(type);
            if (first >= 0 && begins) {
                int start = tokens.get(first).start();
                int end = tokens.get(i - 1).end();
                out.add(new Phrase(type, first, i - 1, start, end, sentence.substring(start, end)));
                first = -1;
                type = null;
            }
            if (i < tokens.size() && !tag.equals("O") && first < 0) {
                first = i;
                type = tag.substring(2);
            }
        }
        return out;
    }

    private static InputStream model(String name) {
        InputStream in = Tagger.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the class path (OpenNLP model jar)");
        }
        return in;
    }
}

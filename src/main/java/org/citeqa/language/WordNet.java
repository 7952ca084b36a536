package org.citeqa.language;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.IndexWordSet;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.citeqa.corpus.DataConfig;

/**
 * WordNet 3.1 (Princeton, through extJWNL) as plain questions about English words: are two words synonyms,
 * antonyms or derivationally related, is a word a kind of location or person, what is the base form of an
 * irregular inflection. Loaded once (see {@link WordNetFiles}); every answer about a word is computed once and
 * remembered (bounded), so a lookup after the first is a hash probe. Thread-safe.
 *
 * <p>Words are compared by their WordNet lemmas, after WordNet's own morphology ("rejected" is "reject", "met" is
 * "meet"). Only a word's most frequent senses count, as WordNet orders them, so that a rare sense ("turn" as in
 * "turn down") does not make common words synonyms.
 */
@Singleton
public final class WordNet {

    /** Senses per part of speech that count, most frequent first. */
    static final int SENSES = 3;
    /** Hypernym levels walked up from each sense when relating two words. */
    private static final int HYPERNYM_DEPTH = 8;
    /** Distinct words remembered; WordNet has about 150,000 lemmas, user text brings more. */
    private static final int CACHE = 100_000;

    private final Dictionary dictionary;
    /** The folder of the mapped copies, where what is derived from them is kept too; empty from the class path. */
    private final Optional<Path> copies;
    private final Map<SemanticClass, Long> roots = new EnumMap<>(SemanticClass.class);
    private final LoadingCache<String, Entry> entries;

    /** WordNet mapped from copies of its files under the data folder, made by the first start. */
    @Inject
    public WordNet(DataConfig data) {
        this(WordNetFiles.openUnder(Path.of(data.dir())));
    }

    /** WordNet read from the class path. */
    public WordNet() {
        this(WordNetFiles.fromClassPath());
    }

    WordNet(Dictionary dictionary) {
        this(new WordNetFiles.Opened(dictionary, Optional.empty()));
    }

    WordNet(WordNetFiles.Opened opened) {
        this.dictionary = opened.dictionary();
        this.copies = opened.copies();
        for (SemanticClass c : SemanticClass.values()) {
            roots.put(c, key(sense(POS.NOUN, c.rootLemma(), c.rootSense())));
        }
        this.entries = Caffeine.newBuilder().maximumSize(CACHE).build(this::read);
    }

    /** Whether WordNet knows the word, in any part of speech, directly or through its morphology. */
    public boolean isWord(String word) {
        return !entry(word).lemmas.isEmpty();
    }

    /** WordNet lemmas of the word in any part of speech: "met" gives [meet, met], "rejected" gives [reject]. */
    public Set<String> lemmas(String word) {
        return entry(word).lemmas;
    }

    /** Whether the two words share a synset among their frequent senses ("massacre", "slaughter"). */
    public boolean synonyms(String a, String b) {
        Entry x = entry(a);
        Entry y = entry(b);
        return !x.lemmas.isEmpty() && intersects(x.synsets, y.synsets);
    }

    /**
     * Whether one word is an antonym of the other in one of their frequent senses: directly ("accept",
     * "reject"), through a derivationally related form ("acceptance" against "rejection"), or through an
     * adjective similar to one ("lawful" against "illegal").
     */
    public boolean antonyms(String a, String b) {
        Entry x = entry(a);
        Entry y = entry(b);
        return intersects(x.antonyms, y.lemmas) || intersects(y.antonyms, x.lemmas);
    }

    /**
     * Whether the words are close in meaning: synonyms, derived forms ("appoint", "appointment") or a kind and
     * its nearest kind ("atrocity", "massacre"; one hypernym link apart).
     */
    public boolean closeInMeaning(String a, String b) {
        return synonyms(a, b) || derivationallyRelated(a, b) || hypernymDistance(a, b, 1).isPresent();
    }

    /**
     * The words read as one group (a sentence's), to ask of one other word whether any of them is close to it in
     * meaning or its antonym: the answers of asking word by word, at about the cost of one pair, because the
     * group's senses are merged once.
     */
    public Group group(Collection<String> words) {
        return new Group(words);
    }

    /**
     * See {@link #group}. Immutable and compact (sorted arrays of senses, immutable sets of words), so that callers
     * may keep many: a sentence's group is asked about again by every question that retrieves the sentence.
     */
    public final class Group {

        private final Set<String> words;
        private final Set<String> lemmas;
        private final Set<String> derived;
        private final Set<String> antonyms;
        /** The senses of the group's words (their ancestors at distance 0), sorted. */
        private final long[] senses;
        /** Those senses and their direct hypernyms (ancestors at distance 1), sorted. */
        private final long[] near;

        private Group(Collection<String> words) {
            this.words = Set.copyOf(words);
            Set<String> lemmas = new HashSet<>();
            Set<String> derived = new HashSet<>();
            Set<String> antonyms = new HashSet<>();
            Set<Long> senses = new HashSet<>();
            Set<Long> near = new HashSet<>();
            for (String w : this.words) {
                Entry y = entry(w);
                lemmas.addAll(y.lemmas);
                derived.addAll(y.derived);
                antonyms.addAll(y.antonyms);
                y.ancestors.forEach((synset, distance) -> {
                    if (distance == 0) {
                        senses.add(synset);
                    }
                    if (distance <= 1) {
                        near.add(synset);
                    }
                });
            }
            this.lemmas = Set.copyOf(lemmas);
            this.derived = Set.copyOf(derived);
            this.antonyms = Set.copyOf(antonyms);
            this.senses = sorted(senses);
            this.near = sorted(near);
        }

        /** Whether a word of the group other than {@code word} itself is {@link #closeInMeaning close} to it. */
        public boolean closeInMeaning(String word) {
            if (words.contains(word)) {
                return words.stream().anyMatch(w -> !w.equals(word) && WordNet.this.closeInMeaning(word, w));
            }
            Entry x = entry(word);
            if (!x.lemmas.isEmpty() && x.synsets.stream().anyMatch(synset -> holds(senses, synset))
                    || intersects(x.derived, lemmas) || intersects(x.lemmas, derived)) {
                return true;
            }
            // Within one hypernym link: a sense in common, or one word's sense the other's direct hypernym.
            for (Map.Entry<Long, Integer> e : x.ancestors.entrySet()) {
                if (e.getValue() == 0 ? holds(near, e.getKey()) : e.getValue() == 1 && holds(senses, e.getKey())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a word of the group other than {@code word} itself is its {@link #antonyms antonym}. */
        public boolean opposes(String word) {
            if (words.contains(word)) {
                return words.stream().anyMatch(w -> !w.equals(word) && WordNet.this.antonyms(word, w));
            }
            Entry x = entry(word);
            return intersects(x.antonyms, lemmas) || intersects(x.lemmas, antonyms);
        }
    }

    /** Whether WordNet relates the words' forms by derivation ("appoint", "appointee"; "found", "founder"). */
    public boolean derivationallyRelated(String a, String b) {
        Entry x = entry(a);
        Entry y = entry(b);
        return intersects(x.derived, y.lemmas) || intersects(y.derived, x.lemmas);
    }

    /**
     * The fewest hypernym links from one of a's frequent senses to one of b's through their nearest common
     * ancestor, up to {@code max}; empty when farther apart. Synonyms are at 0; "massacre" and "killing" at 2.
     */
    public Optional<Integer> hypernymDistance(String a, String b, int max) {
        Map<Long, Integer> x = entry(a).ancestors;
        Map<Long, Integer> y = entry(b).ancestors;
        int best = Integer.MAX_VALUE;
        Map<Long, Integer> small = x.size() <= y.size() ? x : y;
        Map<Long, Integer> large = small == x ? y : x;
        for (Map.Entry<Long, Integer> e : small.entrySet()) {
            Integer other = large.get(e.getKey());
            if (other != null) {
                best = Math.min(best, e.getValue() + other);
            }
        }
        return best <= max ? Optional.of(best) : Optional.empty();
    }

    /** Whether one of the word's frequent noun senses is a kind or an instance of the class ("Gdansk": LOCATION). */
    public boolean isKindOf(String word, SemanticClass kind) {
        return entry(word).classes.contains(kind);
    }

    /**
     * Whether the word, as a common noun (written in lower case in WordNet, unlike "Marlowe" the dramatist), is a
     * kind of the class in one of its frequent senses: "president" and "envoy" are persons.
     */
    public boolean isCommonNounKindOf(String word, SemanticClass kind) {
        return entry(word).commonClasses.contains(kind);
    }

    /**
     * Whether the word's most frequent sense as a common noun is a kind of the class: "leader" is a person, while
     * "class" and "type" are persons only in rarer senses.
     */
    public boolean isFirstSenseKindOf(String word, SemanticClass kind) {
        return entry(word).firstClasses.contains(kind);
    }

    /** Whether the word as written is an adjective of its own ("swedish", "alpine"; not "braver", an inflection). */
    public boolean isAdjective(String word) {
        return entry(word).adjective;
    }

    /**
     * Whether WordNet knows the word (or its base form) as a noun and not as a verb: "country", "governments"; not
     * "attack", "said".
     */
    public boolean isNounNotVerb(String word) {
        return entry(word).nounNotVerb;
    }

    /** Whether WordNet knows the word, or the base form of it, as a verb: "borders", "recognised", "met". */
    public boolean canBeVerb(String word) {
        return entry(word).verb;
    }

    /**
     * Whether WordNet knows the word only as a name: it writes it capitalised in every sense ("Liszt", "Mongols"),
     * never as a common word ("several", "afterwards").
     */
    public boolean isOnlyAName(String word) {
        Entry entry = entry(word);
        return !entry.lemmas.isEmpty() && !entry.common;
    }

    /**
     * Whether WordNet writes the word in lower case in some sense: a common word ("several", "company"), not only a
     * name.
     */
    public boolean isCommonWord(String word) {
        return entry(word).common;
    }

    /** Every class one of the word's frequent noun senses belongs to. */
    public Set<SemanticClass> kindsOf(String word) {
        return entry(word).classes;
    }

    /**
     * The base form WordNet's exception lists give an irregular inflection ("met" → "meet", "children" →
     * "child", "crises" → "crisis"), verbs first; empty for regular words and for forms that are more often words
     * of their own than their base is used at all, as SemCor counts them ("ground" is rarely "grind", "data" rarely
     * "datum"), and for forms that are verbs of their own, whose regular forms stem to them ("bound", "bounded";
     * "found", "founded").
     */
    public Optional<String> irregularBase(String word) {
        return Optional.ofNullable(entry(word).irregularBase);
    }

    /** Whether the word is an irregular past form or participle of a verb ("met", "led", "taken"). */
    public boolean isIrregularVerbForm(String word) {
        return entry(word).irregularVerb;
    }

    /**
     * Every irregular verb and noun inflection of WordNet's exception lists with its base form, leaving out forms
     * that are common words in their own right: for analysis filters that fold them before stemming. Derived once
     * per data folder and kept beside the mapped copies ({@link IrregularFormsFile}): the index needs them to open.
     */
    public Map<String, String> irregularForms() {
        Optional<Path> file = copies.map(folder -> folder.resolve(IrregularFormsFile.NAME));
        Optional<Map<String, String>> kept = file.flatMap(IrregularFormsFile::read);
        if (kept.isPresent()) {
            return kept.get();
        }
        Map<String, String> forms = deriveIrregularForms();
        file.ifPresent(f -> IrregularFormsFile.write(f, forms));
        return forms;
    }

    private Map<String, String> deriveIrregularForms() {
        Map<String, String> out = new HashMap<>();
        for (POS pos : List.of(POS.VERB, POS.NOUN)) {
            synchronized (dictionary) {
                try {
                    Iterator<Exc> it = dictionary.getExceptionIterator(pos);
                    while (it.hasNext()) {
                        String form = it.next().getLemma();
                        if (form.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                            out.putIfAbsent(form, null);
                        }
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet exception lists cannot be read", e);
                }
            }
        }
        // The base alone, as irregularBase gives it, without reading (and caching) everything else about each of
        // these 6,000 forms: this runs before the index can open (at every start when there is no data folder).
        Map<String, String> forms = new HashMap<>();
        synchronized (dictionary) {
            for (String form : out.keySet()) {
                try {
                    String base = lookable(form) ? irregular(form).base() : null;
                    if (base != null) {
                        forms.put(form, base);
                    }
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet lookup failed for '" + form + "'", e);
                }
            }
        }
        return Map.copyOf(forms);
    }

    private Entry entry(String word) {
        String key = word.toLowerCase(Locale.ROOT).strip();
        return key.isEmpty() || !lookable(key) ? Entry.NONE : entries.get(key);
    }

    /** Longest word looked up: WordNet's longest lemmas are collocations of about this length. */
    static final int MAX_WORD = 40;
    /** Most separators (space, hyphen, underscore, full stop) in a word looked up. */
    static final int MAX_SEPARATORS = 3;

    /**
     * Whether WordNet may be asked about the text: its morphology tries every way of joining a word's parts, which is
     * exponential in their number, so a long run like "a_a_a_a_a_a_a_a_a_a" would hold the dictionary for minutes.
     * No lemma is that long or has that many parts.
     */
    static boolean lookable(String word) {
        if (word.length() > MAX_WORD) {
            return false;
        }
        int separators = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == ' ' || c == '-' || c == '_' || c == '.') {
                separators++;
            }
        }
        return separators <= MAX_SEPARATORS;
    }

    /** Everything asked about one word, read from the dictionary at once. */
    private Entry read(String word) {
        synchronized (dictionary) {
            try {
                return readLocked(word);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
            }
        }
    }

    private Entry readLocked(String word) throws JWNLException {
        IndexWordSet set = dictionary.lookupAllIndexWords(word);
        Set<String> lemmas = new LinkedHashSet<>();
        Set<Long> synsets = new HashSet<>();
        Set<String> antonyms = new HashSet<>();
        Set<String> derived = new HashSet<>();
        Map<Long, Integer> ancestors = new HashMap<>();
        EnumSet<SemanticClass> classes = EnumSet.noneOf(SemanticClass.class);
        EnumSet<SemanticClass> commonClasses = EnumSet.noneOf(SemanticClass.class);
        EnumSet<SemanticClass> firstClasses = EnumSet.noneOf(SemanticClass.class);
        boolean adjective = false;
        boolean noun = false;
        boolean verb = false;
        boolean commonWord = false;
        for (IndexWord index : set.getIndexWordArray()) {
            String lemma = index.getLemma().toLowerCase(Locale.ROOT);
            lemmas.add(lemma);
            commonWord |= index.getSenses().stream().anyMatch(s -> s.getWords().stream()
                    .anyMatch(w -> w.getLemma().equals(lemma)));
            adjective |= index.getPOS() == POS.ADJECTIVE && lemma.equals(word);
            noun |= index.getPOS() == POS.NOUN;
            verb |= index.getPOS() == POS.VERB;
            List<Synset> senses = index.getSenses();
            for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
                Synset sense = senses.get(i);
                synsets.add(key(sense));
                for (Word w : sense.getWords()) {
                    if (w.getLemma().equalsIgnoreCase(lemma)) {
                        relatedWords(w, antonyms, derived);
                    }
                }
                Map<Long, Integer> up = ancestors(sense);
                up.forEach((k, d) -> ancestors.merge(k, d, Math::min));
                if (index.getPOS() == POS.NOUN) {
                    boolean common = sense.getWords().stream().anyMatch(w -> w.getLemma().equals(lemma));
                    boolean first = i == 0;
                    roots.forEach((c, root) -> {
                        if (up.containsKey(root)) {
                            classes.add(c);
                            if (common) {
                                commonClasses.add(c);
                            }
                            if (common && first) {
                                firstClasses.add(c);
                            }
                        }
                    });
                }
            }
        }
        Exceptional irregular = irregular(word);
        return new Entry(Set.copyOf(lemmas), Set.copyOf(synsets), Set.copyOf(antonyms), Set.copyOf(derived),
                Map.copyOf(ancestors), classes.isEmpty() ? Set.of() : Set.copyOf(classes),
                commonClasses.isEmpty() ? Set.of() : Set.copyOf(commonClasses),
                firstClasses.isEmpty() ? Set.of() : Set.copyOf(firstClasses), irregular.base,
                irregular.verb, adjective, noun && !verb, verb, commonWord);
    }

    private record Exceptional(String base, boolean verb) {
    }

    private Exceptional irregular(String word) throws JWNLException {
        Exc verb = dictionary.getException(POS.VERB, word);
        Exc noun = dictionary.getException(POS.NOUN, word);
        String base = null;
        POS basePos = null;
        for (Exc exc : new Exc[] {verb, noun}) {
            if (exc != null && base == null) {
                base = exc.getExceptions().stream().filter(b -> !b.equals(word)).findFirst().orElse(null);
                basePos = exc.getPOS();
            }
        }
        boolean isVerbForm = verb != null && verb.getExceptions().stream().anyMatch(b -> !b.equals(word));
        boolean ownVerb = dictionary.getIndexWord(POS.VERB, word) != null
                && dictionary.getIndexWord(POS.VERB, word).getLemma().equals(word);
        if (base != null && (ownVerb || ownUses(word) > 0 && ownUses(word) >= uses(base, basePos))) {
            base = null;
        }
        return new Exceptional(base, isVerbForm);
    }

    /** How often SemCor tags the word as a noun or verb lemma of its own. */
    private int ownUses(String word) throws JWNLException {
        return uses(word, POS.NOUN) + uses(word, POS.VERB);
    }

    /** How often SemCor tags the lemma in the part of speech. */
    private int uses(String word, POS only) throws JWNLException {
        int uses = 0;
        for (POS pos : List.of(only)) {
            IndexWord index = dictionary.getIndexWord(pos, word);
            if (index != null && index.getLemma().equalsIgnoreCase(word)) {
                for (Synset s : index.getSenses()) {
                    for (Word w : s.getWords()) {
                        if (w.getLemma().equalsIgnoreCase(word)) {
                            uses += w.getUseCount();
                        }
                    }
                }
            }
        }
        return uses;
    }

    /** Antonyms of the word sense, also through its derived forms and similar adjectives; and its derived forms. */
    private static void relatedWords(Word w, Set<String> antonyms, Set<String> derived) throws JWNLException {
        for (Pointer p : w.getPointers(PointerType.ANTONYM)) {
            antonyms.add(lemmaOf(p.getTarget()));
        }
        for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
            PointerTarget t = p.getTarget();
            derived.add(lemmaOf(t));
            if (t instanceof Word form) {
                for (Pointer a : form.getPointers(PointerType.ANTONYM)) {
                    antonyms.add(lemmaOf(a.getTarget()));
                    if (a.getTarget() instanceof Word opposite) {
                        for (Pointer back : opposite.getPointers(PointerType.DERIVATION)) {
                            antonyms.add(lemmaOf(back.getTarget()));
                        }
                    }
                }
            }
        }
        // Adjective clusters: "lawful" is similar to "legal", whose antonym is "illegal".
        for (Pointer p : w.getSynset().getPointers(PointerType.SIMILAR_TO)) {
            for (Word similar : p.getTargetSynset().getWords()) {
                for (Pointer a : similar.getPointers(PointerType.ANTONYM)) {
                    antonyms.add(lemmaOf(a.getTarget()));
                }
            }
        }
    }

    private static String lemmaOf(PointerTarget target) {
        if (target instanceof Word w) {
            return w.getLemma().toLowerCase(Locale.ROOT);
        }
        Synset s = target.getSynset();
        return s.getWords().isEmpty() ? "" : s.getWords().get(0).getLemma().toLowerCase(Locale.ROOT);
    }

    /** Hypernyms and instance hypernyms of a sense with their distance, the sense itself at 0. */
    private static Map<Long, Integer> ancestors(Synset sense) throws JWNLException {
        Map<Long, Integer> out = new HashMap<>();
        List<Synset> level = List.of(sense);
        for (int depth = 0; depth <= HYPERNYM_DEPTH && !level.isEmpty(); depth++) {
            List<Synset> next = new ArrayList<>();
            for (Synset s : level) {
                if (out.putIfAbsent(key(s), depth) == null) {
                    for (Pointer p : s.getPointers(PointerType.HYPERNYM)) {
                        next.add(p.getTargetSynset());
                    }
                    for (Pointer p : s.getPointers(PointerType.INSTANCE_HYPERNYM)) {
                        next.add(p.getTargetSynset());
                    }
                }
            }
            level = next;
        }
        return out;
    }

    private Synset sense(POS pos, String lemma, int number) {
        try {
            IndexWord index = dictionary.getIndexWord(pos, lemma);
            if (index == null || index.getSenses().size() < number) {
                throw new IllegalStateException("WordNet has no sense " + number + " of " + lemma);
            }
            return index.getSenses().get(number - 1);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + lemma + "'", e);
        }
    }

    private static long key(Synset s) {
        return ((long) s.getPOS().getId() << 40) | s.getOffset();
    }

    private static long[] sorted(Set<Long> synsets) {
        long[] out = synsets.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(out);
        return out;
    }

    private static boolean holds(long[] sorted, long synset) {
        return Arrays.binarySearch(sorted, synset) >= 0;
    }

    private static <T> boolean intersects(Set<T> a, Set<T> b) {
        Set<T> small = a.size() <= b.size() ? a : b;
        Set<T> large = small == a ? b : a;
        for (T t : small) {
            if (large.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private record Entry(Set<String> lemmas, Set<Long> synsets, Set<String> antonyms, Set<String> derived,
                         Map<Long, Integer> ancestors, Set<SemanticClass> classes, Set<SemanticClass> commonClasses,
                         Set<SemanticClass> firstClasses, String irregularBase, boolean irregularVerb, boolean adjective, boolean nounNotVerb,
                         boolean verb, boolean common) {

        static final Entry NONE = new Entry(Set.of(), Set.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), Set.of(), null,
                false, false, false, false, false);
    }
}

package org.citeqa.language;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a sentence that refers back with the entity it refers to: "It was founded in 1871 by Edda Marlowe", after
 * "The Brannock Tidal Observatory stands on a basalt headland", reads "The Brannock Tidal Observatory was founded
 * in 1871 by Edda Marlowe". A sentence opening with a third-person pronoun ("It", "He", "Their") refers to the
 * previous sentence's subject; one opening with a definite description ("The observatory", "The agreement")
 * refers to it when WordNet relates the description's head noun to the subject's, else to the title's subject when
 * the description names its kind ("The bridge is 214 metres long", after "It was designed…", in "The Vellmar
 * Bridge"). The first sentence of a document refers to its title's subject. The reference may follow an opening
 * phrase ("In 1921 the bridge was widened").
 *
 * <p>Only for reading and scoring: what is quoted stays the document's own text.
 */
@Singleton
public final class Coreference {

    /** How many first sentences of a document (its lead) may define what it is about: a title line may come first. */
    public static final int LEAD_SENTENCES = 3;

    /** First- and second-person pronouns: they refer to the writer or reader, not to an entity named before. */
    private static final Set<String> PERSONAL = Set.of("i", "me", "my", "we", "us", "our", "you", "your");
    /** Hypernym links allowed between a description's head and the subject's ("accord" is an "agreement"). */
    private static final int RELATED_HEADS = 2;

    private final Tagger tagger;
    private final WordNet wordNet;

    public Coreference(Tagger tagger, WordNet wordNet) {
        this.tagger = tagger;
        this.wordNet = wordNet;
    }

    /**
     * A reference at the sentence's start and what it refers to; {@code inPrevious} when the antecedent is the
     * previous sentence's subject, not the title's.
     */
    public record Reference(Phrase mention, String antecedent, boolean inPrevious) {
    }

    /**
     * The reference the sentence opens with, resolved against the previous sentence of its document (or, for a
     * first sentence, null previous, the document's title; a description the previous sentence does not resolve may
     * name the title's subject); empty when it opens with no reference or none resolves.
     */
    public Optional<Reference> reference(String sentence, String previous, String title) {
        return reference(sentence, previous, title, List.of());
    }

    /**
     * {@link #reference(String, String, String)}, where a description may also name what the document's lead (its
     * first sentences) defines: after "Ferrow & Sons was a family-owned clock-making firm…", "The firm was
     * established by…" speaks of Ferrow & Sons, though the title names no firm.
     *
     * @param lead the document's first sentences (a few; a title line among them defines nothing)
     */
    public Optional<Reference> reference(String sentence, String previous, String title, List<String> lead) {
        TaggedSentence s = tagger.tag(sentence);
        List<TaggedToken> tokens = s.tokens();
        int start = 0;
        while (start < tokens.size() && !Character.isLetterOrDigit(tokens.get(start).text().charAt(0))) {
            start++;
        }
        int first = afterOpeningPhrase(s, start);
        if (first >= tokens.size()) {
            return Optional.empty();
        }
        TaggedToken opening = tokens.get(first);
        boolean hasPrevious = previous != null && !previous.isBlank();
        String context = hasPrevious ? previous : title;
        if (context == null || context.isBlank()) {
            return Optional.empty();
        }
        if (opening.isPronoun() && !PERSONAL.contains(opening.text().toLowerCase(Locale.ROOT))) {
            Optional<Phrase> subject = subject(context);
            Optional<Phrase> antecedent = hasPrevious && opening.text().equalsIgnoreCase("it") && passive(tokens, first)
                    ? builtObject(context, subject).or(() -> subject) : subject;
            return antecedent.map(a -> new Reference(s.phrase("PRP", first, first), a.text(), hasPrevious));
        }
        Optional<Phrase> np = s.chunkOf(first).filter(c -> c.type().equals("NP") && c.first() == first);
        if (np.isEmpty() || !opening.isDeterminer() || np.get().size() < 2) {
            return Optional.empty();
        }
        Phrase description = np.get();
        boolean named = tokens.subList(description.first(), description.last() + 1).stream()
                .anyMatch(TaggedToken::isProperNoun);
        TaggedToken head = tokens.get(description.last());
        if (named || !head.isNoun()) {
            return Optional.empty();
        }
        String h = head.text().toLowerCase(Locale.ROOT);
        // The previous sentence's subject first; then the title's, which a description far from it still names
        // ("The bridge is 214 metres long" in a document titled "The Vellmar Bridge", after "It was designed…").
        // A title is further away: a sibling kind ("building" for a bridge, both structures) is too loose there.
        Optional<Reference> near = relatedSubject(context, h, description, RELATED_HEADS)
                .map(subject -> new Reference(description, subject.text(), hasPrevious));
        if (near.isPresent() || !hasPrevious || title == null || title.isBlank()) {
            return near;
        }
        return relatedSubject(title, h, description, 1)
                .or(() -> definedAs(lead, h))
                .filter(subject -> !subject.text().equalsIgnoreCase(description.text()))
                .map(subject -> new Reference(description, subject.text(), false));
    }

    /**
     * The subject of the lead's first sentence that says what it is ("X is a …", "X was a …"), when that is a
     * {@code head}: the document's own definition of its subject's kind.
     */
    private Optional<Phrase> definedAs(List<String> lead, String head) {
        for (String sentence : lead) {
            TaggedSentence s = tagger.tag(sentence);
            Optional<Phrase> subject = subject(sentence);
            if (subject.isEmpty()) {
                continue;
            }
            int verb = subject.get().last() + 1;
            if (verb >= s.tokens().size() || !BE.contains(s.tokens().get(verb).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Phrase> kind = s.chunkOf(verb + 1).filter(c -> c.type().equals("NP") && c.first() == verb + 1);
            if (kind.isPresent() && s.tokens().get(kind.get().first()).isDeterminer()) {
                TaggedToken kindHead = s.tokens().get(kind.get().last());
                String k = kindHead.text().toLowerCase(Locale.ROOT);
                return kindHead.isNoun() && !kindHead.isProperNoun() && (k.equals(head) || wordNet.synonyms(k, head))
                        ? subject : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the pronoun at {@code at} is the subject of a passive verb: "It was completed in 1953", "It was first lit
     * in 1862".
     */
    private static boolean passive(List<TaggedToken> tokens, int at) {
        int i = at + 1;
        if (i + 1 < tokens.size() && HAVE.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))
                && tokens.get(i + 1).text().equalsIgnoreCase("been")) {
            i++; // "It has been rebuilt"
        } else if (i >= tokens.size() || !BE.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // the participle right after the verb, or after one adverb ("was first lit")
        for (int j = i + 1; j < Math.min(tokens.size(), i + 3); j++) {
            if (tokens.get(j).tag().equals("VBN")) {
                return true;
            }
        }
        return false;
    }

    /** Forms of "be" and "have" that make a passive ("was built", "has been built"). Closed-class grammar. */
    private static final Set<String> BE = Set.of("was", "were", "is", "are");
    private static final Set<String> HAVE = Set.of("has", "had", "have");

    /**
     * The previous sentence's object when it is a structure and its subject is none: what "It was completed…" speaks
     * of after "The county council commissioned a new flood barrier." A council is not completed; a structure is built,
     * opened and completed, and WordNet knows which words name one.
     */
    private Optional<Phrase> builtObject(String context, Optional<Phrase> subject) {
        if (subject.isPresent() && wordNet.isKindOf(lastWord(subject.get().text()), SemanticClass.STRUCTURE)) {
            return Optional.empty();
        }
        TaggedSentence s = tagger.tag(context);
        int verb = s.tokens().stream().filter(TaggedToken::isVerb).mapToInt(TaggedToken::index).findFirst().orElse(-1);
        if (verb < 0) {
            return Optional.empty();
        }
        return s.nounPhrases().stream().filter(np -> np.first() > verb).findFirst()
                .filter(np -> s.tokens().get(np.last()).isNoun() && !s.tokens().get(np.last()).isProperNoun())
                .filter(np -> wordNet.isKindOf(lastWord(np.text()), SemanticClass.STRUCTURE));
    }

    /**
     * Where the sentence's subject starts: past an opening prepositional phrase and its comma ("In 1921 the bridge
     * was widened", "After its loss, ferries operated"), else at {@code start}.
     */
    private static int afterOpeningPhrase(TaggedSentence s, int start) {
        List<TaggedToken> tokens = s.tokens();
        if (start >= tokens.size() || !tokens.get(start).isPreposition()) {
            return start;
        }
        Optional<Phrase> object = s.chunkOf(start + 1).filter(c -> c.type().equals("NP") && c.first() == start + 1);
        if (object.isEmpty()) {
            return start;
        }
        int next = object.get().last() + 1;
        return next < tokens.size() && tokens.get(next).text().equals(",") ? next + 1 : next;
    }

    /** The subject of {@code context} when its head is the description's head or WordNet relates the two. */
    private Optional<Phrase> relatedSubject(String context, String head, Phrase description, int links) {
        return subject(context).filter(subject -> {
            String subjectHead = lastWord(subject.text());
            boolean related = subjectHead.equals(head) || wordNet.synonyms(head, subjectHead)
                    || wordNet.hypernymDistance(head, subjectHead, links).isPresent();
            return related && !subject.text().equalsIgnoreCase(description.text());
        });
    }

    /**
     * The sentence with its opening reference replaced by what it refers to, or the sentence itself. A pronoun gives
     * way to the antecedent; a description keeps its own words, which say something of the antecedent too ("The
     * tower (Harwick Point Lighthouse) is 31 metres tall": the lighthouse is a tower).
     */
    public String resolve(String sentence, String previous, String title) {
        return resolve(sentence, previous, title, List.of());
    }

    /** {@link #resolve(String, String, String)} with the document's lead, as {@link #reference} reads it. */
    public String resolve(String sentence, String previous, String title, List<String> lead) {
        return reference(sentence, previous, title, lead).map(r -> {
            String replacement = r.antecedent();
            String mention = r.mention().text().toLowerCase(Locale.ROOT);
            if (mention.equals("its") || mention.equals("his") || mention.equals("her") || mention.equals("their")) {
                replacement += "'s";
            } else if (r.mention().size() > 1) {
                replacement = r.mention().text() + " (" + r.antecedent() + ")";
            }
            return sentence.substring(0, r.mention().start()) + replacement + sentence.substring(r.mention().end());
        }).orElse(sentence);
    }

    /**
     * A sentence's subject: its first noun phrase that names something (holds a proper noun), else its first noun
     * phrase that is not a pronoun, taken after an opening phrase ("In 1921", "After the flood,") and before the first
     * verb.
     */
    Optional<Phrase> subject(String sentence) {
        TaggedSentence s = tagger.tag(sentence);
        int firstVerb = s.tokens().stream().filter(TaggedToken::isVerb).mapToInt(TaggedToken::index).findFirst()
                .orElse(s.tokens().size());
        int start = 0;
        while (start < s.tokens().size() && !Character.isLetterOrDigit(s.tokens().get(start).text().charAt(0))) {
            start++;
        }
        // "After the flood, the county council commissioned…": the opening phrase's noun is not the subject
        int subjectStart = afterOpeningPhrase(s, start);
        Phrase plain = null;
        List<Phrase> nps = s.nounPhrases();
        for (int i = 0; i < nps.size(); i++) {
            Phrase np = nps.get(i);
            if (np.first() >= firstVerb) {
                break;
            }
            if (np.first() < subjectStart) {
                continue;
            }
            // A possessor is part of the phrase it possesses ("The Tarnholm Merchants' Guild", "the guild's hall"):
            // the chunker ends a noun phrase before the possessive mark.
            while (i + 1 < nps.size() && nps.get(i + 1).first() == np.last() + 1
                    && s.tokens().get(nps.get(i + 1).first()).tag().equals("POS")) {
                np = s.phrase("NP", np.first(), nps.get(++i).last());
            }
            List<TaggedToken> words = s.tokens().subList(np.first(), np.last() + 1);
            if (words.stream().anyMatch(TaggedToken::isProperNoun)) {
                return Optional.of(trimmed(s, np));
            }
            if (plain == null && words.stream().noneMatch(TaggedToken::isPronoun)) {
                plain = np;
            }
        }
        if (plain == null && s.nounPhrases().isEmpty() && !s.tokens().isEmpty()
                && s.tokens().stream().anyMatch(TaggedToken::isProperNoun)) {
            return Optional.of(s.properNounPhrases().get(0)); // a title is often a bare name phrase
        }
        return Optional.ofNullable(plain).map(p -> trimmed(s, p));
    }

    /** A noun phrase without a trailing possessive. */
    private static Phrase trimmed(TaggedSentence s, Phrase np) {
        int last = np.last();
        while (last > np.first() && s.tokens().get(last).tag().equals("POS")) {
            last--;
        }
        return s.phrase("NP", np.first(), last);
    }

    private static String lastWord(String phrase) {
        String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }
}

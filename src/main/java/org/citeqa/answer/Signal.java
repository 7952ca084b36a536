package org.citeqa.answer;

/**
 * The signals a candidate sentence gives about whether it answers a question. Each is a number in about [0, 1];
 * the answerability model weighs them (weights learned from SQuAD training questions, see
 * {@link AnswerabilityModel}). They are general: none names a word of any corpus.
 */
enum Signal {
    /**
     * IDF-weighted share of the question's terms the sentence states; a sentence that refers back ("It was founded…")
     * states what it refers to as well, and one that calls a name by its last word ("Varga died…") the whole name
     * ({@link ShortNames}).
     */
    COVERAGE,
    /** The same, where a word sharing a long prefix with a question word counts ("appointment" for "appointed"). */
    PREFIX_COVERAGE,
    /** The same for the sentence with its neighbours, minus what the sentence states itself. */
    CONTEXT_GAIN,
    /** IDF-weighted share of the question's names stated neither in the sentence, its context nor the title. */
    NAMES_MISSING,
    /** The rarest question term stated nowhere near the sentence, as a share of the rarest possible. */
    MAX_MISSING,
    /** Cosine similarity of the question's and the sentence's embeddings. */
    SIMILARITY,
    /** How far the sentence's similarity is below the best candidate's. */
    SIMILARITY_GAP,
    /** The question asks for a date, a quantity or a name. */
    TYPE_ASKED,
    /** The sentence holds a value of the asked type that the question does not state. */
    TYPE_MATCH,
    /** Such a value stands within a few words of a question term the sentence states. */
    TYPE_NEAR,
    /** The next sentence holds such a value (a sentence restating the question is often followed by the answer). */
    NEXT_TYPE_MATCH,
    /** Share of the sentence's terms that the question does not have: what it says beyond the question. */
    NOVELTY,
    /** Sentence length in terms, over 40, at most 1. */
    LENGTH,
    /** Share of the question's adjacent term pairs the sentence states in the same order, close together. */
    ORDER,
    /** Stated question terms over the width of the shortest run holding them all. */
    DENSITY,
    /** The question and the sentence disagree on negation. */
    NEGATION_MISMATCH,
    /** The sentence begins by referring back ("It was founded…", "The agreement…"). */
    REFERS_BACK,
    /** How far the sentence's {@link #PREFIX_COVERAGE} is below the best candidate's. */
    COVERAGE_GAP,
    /** IDF-weighted share of the question's terms that no candidate sentence (nor its context) states. */
    UNSEEN,
    /** IDF-weighted share of the question's terms the sentence states only by a WordNet synonym or derived form. */
    SYNONYM_GAIN,
    /** A question word the sentence does not state has its WordNet antonym in the sentence ("simplicity"/"complexity"). */
    ANTONYM,
    /** Exactly one of the question's terms is stated nowhere near the sentence. */
    ONE_MISSING,
    /** Similarity of the question to the sentence before. */
    PREVIOUS_SIMILARITY,
    /** Similarity of the question to the sentence after. */
    NEXT_SIMILARITY,
    /** For "who" and "where": a new name there that the words around it or WordNet show to be an agent, or a place. */
    ROLE_MATCH,
    /** The question counts something ("how many soldiers"). */
    COUNT_ASKED,
    /** The sentence gives a number of what the question counts ("780 soldiers"), not of something else. */
    COUNT_MATCH
}

package org.citeqa.index;

import java.util.function.Supplier;
import org.citeqa.language.Coreference;
import org.citeqa.language.Tagger;
import org.citeqa.language.WordNet;

/** For indexes built outside Quarkus: one reader of references for the test JVM, made when first embedded. */
final class Coreferences {

    private static Coreference shared;

    private Coreferences() {
    }

    static Supplier<Coreference> lazy() {
        return Coreferences::get;
    }

    private static synchronized Coreference get() {
        if (shared == null) {
            shared = new Coreference(new Tagger(), new WordNet());
        }
        return shared;
    }
}

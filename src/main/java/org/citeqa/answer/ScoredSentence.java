package org.citeqa.answer;

import org.citeqa.index.Sentence;
import org.citeqa.search.SearchHit;

/** A candidate answer sentence, the best-ranked hit it was found in, and how well it answers. */
record ScoredSentence(Sentence sentence, SearchHit hit, double coverage, boolean typeMatch, double score) {}

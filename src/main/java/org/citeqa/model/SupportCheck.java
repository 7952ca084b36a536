package org.citeqa.model;

import org.citeqa.index.IndexedCorpus;

/**
 * Whether evidence (the quotes a sentence cites) supports one answer sentence. An interface so that the
 * claim-verification package (org.citeqa.verify) can replace the lexical check here when it lands.
 */
public interface SupportCheck {

    SupportVerdict check(IndexedCorpus corpus, String statement, String evidence);
}

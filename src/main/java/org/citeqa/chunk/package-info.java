/**
 * Sentence splitting and sentence-aligned chunks with exact character offsets into a document's canonical text.
 * <p>
 * Depends on nothing else of CiteQA.
 */
package org.citeqa.chunk;

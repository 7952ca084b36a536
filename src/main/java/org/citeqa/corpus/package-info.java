/**
 * Files to clean documents with stable ids: reads a folder of {@code .txt} and {@code .md} files, cleans them
 * (boilerplate, hyphenation, hard wraps, footnotes, duplicates) into the canonical text every offset points into, and
 * reads each document's {@code .meta.properties} sidecar (title, source, landing-page examples).
 * <p>
 * Depends on nothing else of CiteQA.
 */
package org.citeqa.corpus;

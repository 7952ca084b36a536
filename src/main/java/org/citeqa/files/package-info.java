/**
 * Copies of big class-path resources (an embedding model's graph, WordNet's data files) in the data folder, taken out
 * of their jars once and reused by later starts, and files written whole or not at all.
 */
package org.citeqa.files;

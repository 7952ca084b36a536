/**
 * Answers without a model: question analysis (answer type, terms, names, numbers), sentence scoring, the extractive
 * answerer with its citations, and making follow-up questions standalone.
 * <p>
 * May depend on {@code corpus}, {@code index} and {@code search}.
 */
package org.citeqa.answer;

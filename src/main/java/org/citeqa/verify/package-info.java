/**
 * Claim checking: reading statements (facts, negation, names), aligning a claim with corpus sentences, agreement and
 * contradiction rules, verdicts with evidence and explanations, and checking a paragraph sentence by sentence.
 * <p>
 * May depend on {@code corpus}, {@code chunk}, {@code index}, {@code search} and {@code answer}.
 */
package org.citeqa.verify;

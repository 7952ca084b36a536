/**
 * Answers with a language model through LangChain4j: chat models, prompts, question rewriting, citation checking,
 * streaming, and the fallback to the extractive answer with its reason (timeouts, failures, the circuit breaker).
 * <p>
 * May depend on {@code corpus}, {@code chunk}, {@code index}, {@code search}, {@code answer} and {@code verify}.
 */
package org.citeqa.model;

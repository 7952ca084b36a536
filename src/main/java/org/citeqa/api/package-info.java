/**
 * The HTTP API: REST resources and their request and response records, validation, problem+json errors (bad JSON
 * told in plain words), URL, body-size and rate limits, readiness and usage metrics.
 * <p>
 * May depend on every step before it ({@code corpus}, {@code index}, {@code search}, {@code answer}, {@code verify},
 * {@code model}); nothing depends on it.
 */
package org.citeqa.api;

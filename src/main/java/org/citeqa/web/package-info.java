/**
 * What the browser pages need from the server: the {@code /embed} card page, the landing page's examples, and the
 * checks of the settings that feed Quarkus's own security headers and CORS filter. The chat itself is static files
 * in {@code META-INF/resources}.
 * <p>
 * May depend on {@code corpus} and {@code index}.
 */
package org.citeqa.web;

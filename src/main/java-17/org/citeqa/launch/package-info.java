/**
 * The service's entry point, compiled for Java 17 so that an older Java gets a clear message (or the service is
 * started again on an installed JDK 21+) instead of a class-version error.
 * <p>
 * Depends on nothing else of CiteQA: it must load before anything compiled for Java 21.
 */
package org.citeqa.launch;

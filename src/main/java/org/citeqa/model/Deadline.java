package org.citeqa.model;

import java.time.Duration;

/** One request's budget for model calls: the rewrite and the answer share it. */
public record Deadline(long atNanos) {

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, atNanos - System.nanoTime()));
    }

    public boolean passed() {
        return System.nanoTime() >= atNanos;
    }
}

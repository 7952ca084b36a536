package org.citeqa.verify;

import java.time.Duration;

/**
 * A long text took more than its request's time budget; says how far checking got and carries the sentences
 * already checked, so that a client can still show them.
 */
public class TimeBudgetExceeded extends RuntimeException {

    private final transient TextVerification done;
    private final int total;

    public TimeBudgetExceeded(Duration budget, TextVerification done, int total) {
        super("Checking this text took longer than the " + budget.toMillis() + " ms time budget ("
                + done.sentences().size() + " of " + total + " sentences checked). Send a shorter text, or try again"
                + " when the service is less busy.");
        this.done = done;
        this.total = total;
    }

    /** The sentences checked before the budget ran out, with their counts. */
    public TextVerification done() {
        return done;
    }

    /** How many sentences the text has. */
    public int total() {
        return total;
    }
}

package org.citeqa.verify;

import java.time.Duration;

/** A long text took more than its request's time budget; says how far checking got. */
public class TimeBudgetExceeded extends RuntimeException {

    public TimeBudgetExceeded(Duration budget, int checked, int total) {
        super("Checking this text took longer than the " + budget.toMillis() + " ms time budget (" + checked + " of "
                + total + " sentences checked). Send a shorter text, or try again when the service is less busy.");
    }
}

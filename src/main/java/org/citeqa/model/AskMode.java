package org.citeqa.model;

import java.util.Locale;
import java.util.Optional;

/** What the client asked for: auto uses the model when one is configured. */
public enum AskMode {
    AUTO, MODEL, EXTRACTIVE;

    public static Optional<AskMode> parse(String value) {
        for (AskMode mode : values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}

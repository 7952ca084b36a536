package org.citeqa.search;

import java.util.Locale;
import java.util.Optional;

/** How passages are retrieved: words (BM25), meaning (vectors), or both fused. */
public enum SearchMode {
    BM25, VECTOR, HYBRID;

    public static Optional<SearchMode> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (SearchMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

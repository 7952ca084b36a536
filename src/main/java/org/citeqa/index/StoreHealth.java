package org.citeqa.index;

/** Whether the passage store answers, and if not, why (shown in readiness). */
public record StoreHealth(boolean up, String detail) {

    public static final StoreHealth UP = new StoreHealth(true, "answering");

    public static StoreHealth down(String detail) {
        return new StoreHealth(false, detail);
    }
}

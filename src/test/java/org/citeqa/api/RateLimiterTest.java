package org.citeqa.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(60, 3, now::get); // one a second, bursts of three

    @Test
    void allowsABurstThenAsksToWait() {
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"));
    }

    @Test
    void refillsAtTheSustainedRate() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        now.addAndGet(999_000_000L);
        assertEquals(1, limiter.acquire("a"));
        now.addAndGet(2_000_000L);
        assertEquals(0, limiter.acquire("a"));
    }

    @Test
    void addressesHaveTheirOwnBuckets() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("a");
        }
        assertTrue(limiter.acquire("a") > 0);
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void memoryStaysBoundedUnderManyAddresses() {
        for (int i = 0; i < RateLimiter.MAX_TRACKED * 3; i++) {
            limiter.acquire("10.0." + i);
            now.addAndGet(10_000_000_000L); // every earlier bucket has refilled
        }
        assertTrue(limiter.tracked() <= RateLimiter.MAX_TRACKED + 1, "tracked " + limiter.tracked());
    }
}

package org.citeqa.api;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} tokens, refilled at {@code perMinute} a minute. Buckets that
 * have refilled are dropped when the table grows, so memory stays bounded however many addresses call.
 */
final class RateLimiter {

    static final int MAX_TRACKED = 10_000;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
        this.capacity = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = nanoClock;
    }

    /** Zero when the request may go ahead, else the whole seconds after which one will be allowed. */
    long acquire(String client) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_TRACKED) {
            evictFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double nanosToWait = (1 - bucket.tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(nanosToWait / 1e9));
        }
    }

    int tracked() {
        return buckets.size();
    }

    private void evictFull(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next();
            synchronized (bucket) {
                bucket.refill(now, capacity, tokensPerNano);
                if (bucket.tokens >= capacity) {
                    it.remove();
                }
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, double capacity, double perNano) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
        }
    }
}

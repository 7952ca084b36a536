package org.citeqa.verify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers a pure function's results, thread-safely, up to a fixed number of entries; when full it starts
 * over. Starting over is crude but bounded and lock-free, and the values are cheap to recompute: it caps memory
 * when inputs are unbounded (user wording) without an eviction policy to tune.
 */
final class BoundedMemo<K, V> {

    private final Function<K, V> compute;
    private final int capacity;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    BoundedMemo(int capacity, Function<K, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
    }

    V get(K key) {
        V value = values.get(key);
        if (value == null) {
            value = compute.apply(key);
            if (values.size() >= capacity) {
                values.clear();
            }
            values.put(key, value);
        }
        return value;
    }
}

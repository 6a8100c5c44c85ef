package org.healthequity.indicators.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers kept because they cost much and depend only on their key: at most {@code capacity}, the least recently
 * read dropped first (0 keeps none). A new one is computed outside the lock: two callers may both compute it, and
 * both get an equal answer.
 */
final class RecentlyRead<K, V> {

    private final int capacity;
    private final Map<K, V> recent;

    RecentlyRead(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > RecentlyRead.this.capacity;
            }
        };
    }

    V get(K key, Function<K, V> compute) {
        if (capacity <= 0) {
            return compute.apply(key);
        }
        synchronized (recent) {
            V known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        V computed = compute.apply(key);
        synchronized (recent) {
            recent.put(key, computed);
        }
        return computed;
    }

    int size() {
        synchronized (recent) {
            return recent.size();
        }
    }
}

package org.marsad.store;

import java.util.Map;

/** What the store holds: articles, and counts by source and language. */
public record StoreStats(
    long articles, Map<String, Integer> sources, Map<String, Integer> languages, String location) {}

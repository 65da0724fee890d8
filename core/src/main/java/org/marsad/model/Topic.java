package org.marsad.model;

/** A news-desk topic (economy, sport, technology, ...) with the classifier's score. */
public record Topic(String label, double score) {}

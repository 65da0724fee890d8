package org.marsad.model;

/**
 * A line or block removed from the page, kept for transparency.
 *
 * @param text the removed text, as it was on the page
 * @param reason why it was removed: one of {@code other-headline}, {@code duplicate-title},
 *     {@code title}, {@code timestamp}, {@code byline}, {@code breaking-marker},
 *     {@code comment-form}, {@code site-note}, {@code navigation}, {@code empty}, {@code other}
 * @param score the classifier's confidence that the line is boilerplate, 0..1
 */
public record Boilerplate(String text, String reason, double score) {}

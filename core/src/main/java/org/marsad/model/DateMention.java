package org.marsad.model;

/**
 * A date or time expression resolved to ISO 8601 ({@code 2021-02-22}, {@code 2020-12}).
 *
 * @param relative true when resolved against the publication date ("أمس", yesterday)
 */
public record DateMention(String text, String value, int start, int end, boolean relative) {}

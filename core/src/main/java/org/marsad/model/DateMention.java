package org.marsad.model;

/**
 * A date or time expression resolved to ISO 8601 ({@code 2021-02-22}, {@code 2020-12}).
 *
 * @param value a day {@code 2021-02-22}, a month {@code 2020-12}, a year {@code 2021} or an ISO
 *     week {@code 2021-W07} ("الأسبوع الماضي", last week)
 * @param relative true when resolved against the publication date ("أمس", yesterday; "22 فبراير"
 *     without its year)
 */
public record DateMention(String text, String value, int start, int end, boolean relative) {}

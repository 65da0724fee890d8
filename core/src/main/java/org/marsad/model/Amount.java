package org.marsad.model;

/**
 * A quantity of money or a percentage, normalized ("30 مليون دولار" gives 3.0E7 USD).
 *
 * @param unit ISO 4217 currency code, {@code %} for percentages, or null for bare numbers
 */
public record Amount(String text, double value, String unit, int start, int end) {}

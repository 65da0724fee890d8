package org.marsad.model;

/**
 * A quantity of money or a percentage, normalized ("30 مليون دولار" gives 3.0E7 USD).
 *
 * @param unit ISO 4217 currency code, {@code %} for percentages, or null for a number with a scale
 *     word ("3 ملايين", 3 million); {@code DINAR} or {@code LIRA} (not ISO) for a dinar or lira whose
 *     country the text does not tell
 */
public record Amount(String text, double value, String unit, int start, int end) {}

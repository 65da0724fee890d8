package org.marsad.model;

/** A stretch of the article text: UTF-16 offsets, end exclusive. */
public record Span(int start, int end, String text) {}

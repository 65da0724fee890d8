package org.marsad.model;

/**
 * A quotation with its speaker.
 *
 * @param speaker the speaker as written, or null
 * @param speakerCanonical the speaker's entity id, or null
 */
public record Quote(String text, int start, int end, String speaker, String speakerCanonical) {}

package org.marsad.watch;

/**
 * How far one archive file is reflected in the store: every record before {@code offset} is in
 * the store and marked seen, as of the last commit. {@code number} is the number of the record at
 * {@code offset}.
 */
public record ArchiveMark(String file, long offset, int number) {}

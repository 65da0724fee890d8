package org.marsad.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Normalizes the publication times containers give (RSS, JSON-LD, meta tags, JSONL records) to ISO
 * 8601, keeping the offset when one is given: "Sun, 18 Feb 2018 21:35:43 +0400" becomes
 * "2018-02-18T21:35:43+04:00", "2021-02-22" stays "2021-02-22". Thread-safe.
 */
public final class PublishedDates {
  private PublishedDates() {}

  private static final List<DateTimeFormatter> WITH_OFFSET =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.RFC_1123_DATE_TIME,
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("[EEE, ][EEEE, ]d MMM yyyy HH:mm[:ss] ")
              .appendOffset("+HHMM", "Z")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][.SSSSSS][.SSS][ ]")
              .appendOffset("+HH:mm", "Z")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][.SSSSSS][.SSS][ ]")
              .appendOffset("+HHMM", "Z")
              .toFormatter(Locale.ENGLISH));

  private static final List<DateTimeFormatter> LOCAL =
      List.of(
          new DateTimeFormatterBuilder()
              .appendPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]")
              .optionalStart()
              .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
              .optionalEnd()
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("[EEE, ][EEEE, ]d MMM[M] yyyy[ HH:mm[:ss]]")
              .toFormatter(Locale.ENGLISH),
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern("MMM[M] d[,] yyyy[ HH:mm[:ss]]")
              .toFormatter(Locale.ENGLISH));

  /**
   * The ISO 8601 form of {@code value}: offset date-time when an offset is given, local date-time
   * or date otherwise; null when the value is not a date.
   */
  public static String normalize(String value) {
    if (value == null) return null;
    String s = value.strip().replace('\u00a0', ' ').replaceAll("\\s+", " ");
    if (s.isEmpty()) return null;
    // Zones written as names: "Sun, 18 Feb 2018 21:35:43 GMT" is handled by RFC_1123.
    for (DateTimeFormatter f : WITH_OFFSET) {
      try {
        return OffsetDateTime.parse(s, f).toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toOffsetDateTime().toString();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    for (DateTimeFormatter f : LOCAL) {
      try {
        var parsed = f.parseBest(s, LocalDateTime::from, LocalDate::from);
        return parsed.toString();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    if (s.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      try {
        return LocalDate.parse(s.substring(0, 10)).toString();
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return ArabicDates.parse(s);
  }

  /** The local date-time (or date at midnight) an ISO string from {@link #normalize} denotes. */
  static LocalDateTime toLocal(String iso) {
    if (iso == null) return null;
    try {
      if (iso.length() == 10) return LocalDate.parse(iso).atStartOfDay();
      try {
        return OffsetDateTime.parse(iso).toLocalDateTime();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(iso);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

package org.marsad.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The container formats an input can be in, told apart by their first bytes: file names lie ({@code
 * .txt} pages saved from a browser are often HTML), so the extension is only a hint for content
 * that could be either.
 */
enum Format {
  EMPTY,
  GZIP,
  /** Not text at all; {@link Sniffed#detail} names what it looks like. */
  BINARY,
  /** Text, but a layout Marsad does not read; {@link Sniffed#detail} says what to do instead. */
  UNSUPPORTED,
  WARC,
  JSONL,
  RSS,
  ATOM,
  TREC,
  HTML,
  TEXT;

  /** How many leading bytes {@link #sniff} needs. */
  static final int HEAD_BYTES = 8192;

  /** A sniffed format with a word for messages. */
  record Sniffed(Format format, String detail) {}

  /** Signatures of common binary files, for a message better than "binary data". */
  private static final Object[][] MAGIC = {
    {new int[] {0x50, 0x4B, 0x03, 0x04}, "zip archive"},
    {new int[] {0x25, 0x50, 0x44, 0x46}, "PDF document"},
    {new int[] {0x89, 0x50, 0x4E, 0x47}, "PNG image"},
    {new int[] {0xFF, 0xD8, 0xFF}, "JPEG image"},
    {new int[] {0x47, 0x49, 0x46, 0x38}, "GIF image"},
    {new int[] {0x42, 0x5A, 0x68}, "bzip2 archive"},
    {new int[] {0xFD, 0x37, 0x7A, 0x58, 0x5A}, "xz archive"},
    {new int[] {0x28, 0xB5, 0x2F, 0xFD}, "zstd archive"},
  };

  /**
   * Tells the format from the first bytes of an input.
   *
   * @param head up to {@link #HEAD_BYTES} leading bytes, UTF-16 already transcoded to UTF-8
   * @param name the file name, a hint for pages that start with plain text
   */
  static Sniffed sniff(byte[] head, String name) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return new Sniffed(GZIP, "gzip");
    }
    for (Object[] magic : MAGIC) {
      if (startsWith(head, (int[]) magic[0])) return new Sniffed(BINARY, (String) magic[1]);
    }
    if (isBinary(head)) return new Sniffed(BINARY, "binary data");
    String text = new String(head, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "");
    String start = text.stripLeading();
    if (start.isEmpty()) return new Sniffed(EMPTY, "empty");
    if (start.startsWith("WARC/")) return new Sniffed(WARC, "warc");
    if (start.startsWith("{")) return new Sniffed(JSONL, "jsonl");
    if (start.startsWith("[") && start.substring(1).stripLeading().startsWith("{")) {
      return new Sniffed(UNSUPPORTED, "a JSON array; write one JSON object per line (JSONL)");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (start.startsWith("<")) return markup(start, lower);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return new Sniffed(HTML, "html");
    }
    return new Sniffed(TEXT, "text");
  }

  /** Feeds, TREC and HTML all start with {@code <}: the root element decides. */
  private static Sniffed markup(String start, String lowerName) {
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.contains("<docno>")) return new Sniffed(TREC, "trec");
    int at = 0;
    while (at < lower.length() && lower.charAt(at) == '<') {
      if (lower.startsWith("<!doctype html", at)) return new Sniffed(HTML, "html");
      int end;
      if (lower.startsWith("<?", at)) end = lower.indexOf("?>", at) + 2;
      else if (lower.startsWith("<!--", at)) end = lower.indexOf("-->", at) + 3;
      else if (lower.startsWith("<!", at)) end = lower.indexOf('>', at) + 1;
      else break;
      if (end <= at) break; // a prolog longer than the head: let HTML's tolerance handle it
      at = skipSpace(lower, end);
    }
    String root = rootName(lower, at);
    return switch (root) {
      case "rss", "rdf:rdf" -> new Sniffed(RSS, "rss");
      case "feed" -> new Sniffed(ATOM, "atom");
      case "doc" -> new Sniffed(TREC, "trec");
      default ->
          lowerName.endsWith(".txt") && !looksLikeHtml(lower)
              ? new Sniffed(TEXT, "text")
              : new Sniffed(HTML, "html");
    };
  }

  private static boolean looksLikeHtml(String lower) {
    return lower.contains("<html")
        || lower.contains("<body")
        || lower.contains("<div")
        || lower.contains("<p>")
        || lower.contains("<head");
  }

  private static String rootName(String lower, int at) {
    if (at >= lower.length() || lower.charAt(at) != '<') return "";
    int end = at + 1;
    while (end < lower.length() && " \t\r\n/>".indexOf(lower.charAt(end)) < 0) end++;
    return lower.substring(at + 1, end);
  }

  private static int skipSpace(String s, int at) {
    while (at < s.length() && Character.isWhitespace(s.charAt(at))) at++;
    return at;
  }

  private static boolean startsWith(byte[] head, int[] magic) {
    if (head.length < magic.length) return false;
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) return false;
    }
    return true;
  }

  /**
   * Text has no NUL bytes and few C0 controls. Bytes 0x80 to 0x9F are not counted: Windows-1256
   * uses them for letters (پ, چ, گ).
   */
  private static boolean isBinary(byte[] head) {
    int controls = 0;
    for (byte b : head) {
      if (b == 0) return true;
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') controls++;
    }
    return controls > head.length / 100 + 1;
  }
}

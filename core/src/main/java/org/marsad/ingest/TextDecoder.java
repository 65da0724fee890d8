package org.marsad.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page into text. Arabic sites still serve Windows-1256 and ISO-8859-6, and
 * often declare the wrong charset, so a declaration is only a hint.
 *
 * <p>The order: a byte-order mark; then strict UTF-8, because multi-byte UTF-8 almost never
 * validates by accident; then the declared charset, if the bytes decode in it without error; then
 * ICU's statistical detector, which knows Arabic letter frequencies in both legacy charsets.
 */
public final class TextDecoder {

  /** Enough for ICU to judge a page, little enough to keep detection cheap on large files. */
  private static final int DETECT_BYTES = 64 * 1024;

  /** Where a page states its charset: {@code <?xml encoding>} or {@code <meta charset>}. */
  private static final Pattern DECLARED =
      Pattern.compile(
          "<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)"
              + "|<meta[^>]*?charset\\s*=\\s*[\"']?([\\w.:-]+)",
          Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /** Decoded text and the charset it was read in. */
  public record Decoded(String text, Charset charset) {}

  /**
   * Decodes {@code bytes}, dropping a byte-order mark.
   *
   * @param declared the charset the page or its transport declared, or null; a hint only
   */
  public static Decoded decode(byte[] bytes, String declared) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
      return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom);
    }
    String utf8 = strictly(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) return new Decoded(utf8, StandardCharsets.UTF_8);
    Charset hint = charsetNamed(declared);
    if (hint != null && hint != StandardCharsets.UTF_8) {
      String text = strictly(bytes, hint);
      if (text != null) return new Decoded(text, hint);
    }
    Charset detected = detect(bytes, declared);
    return new Decoded(new String(bytes, detected), detected);
  }

  /** The charset a page declares in its first bytes, or null. */
  public static String declaredCharset(byte[] bytes) {
    int length = Math.min(bytes.length, 4096);
    Matcher m = DECLARED.matcher(new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
    if (!m.find()) return null;
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** UTF-8 or UTF-16 from a byte-order mark, or null when there is none. */
  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The text, or null when some byte sequence is not valid in {@code charset}. */
  private static String strictly(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** ICU's best guess that Java can decode; UTF-8 (with replacement characters) if none. */
  private static Charset detect(byte[] bytes, String declared) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(true); // judge the text, not the markup around it
    if (declared != null) detector.setDeclaredEncoding(declared);
    detector.setText(bytes.length > DETECT_BYTES ? Arrays.copyOf(bytes, DETECT_BYTES) : bytes);
    for (CharsetMatch match : detector.detectAll()) {
      Charset charset = charsetNamed(match.getName());
      if (charset != null) return charset;
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset charsetNamed(String name) {
    if (name == null || name.isBlank()) return null;
    try {
      String key = name.trim().toLowerCase(Locale.ROOT);
      return Charset.isSupported(key) ? Charset.forName(key) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }
}

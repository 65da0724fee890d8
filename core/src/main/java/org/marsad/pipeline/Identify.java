package org.marsad.pipeline;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.marsad.extract.Extraction;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Article;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.LanguageIdentifier;

/**
 * Gives an extracted page its identity: a stable id, its source, its language and a content hash.
 *
 * <p>The id is stable: the same article always gets the same one. In order of preference: the id
 * its source gave it (ANT's {@code AL-culture-1-20180218}); else a hash of its URL, normalized
 * (scheme, host case, fragment and trailing slash do not matter); else a hash of its text's
 * matching key, so the same plain-text page read twice, in any encoding, is one article.
 */
public final class Identify {
  private Identify() {}

  public static Article article(RawDocument document, Extraction extraction) {
    String text = extraction.text();
    String contentHash = sha256Hex(contentKey(text));
    String url = firstNonBlank(extraction.canonicalUrl(), document.url());
    String title = firstNonBlank(extraction.title(), document.title());
    // the extractors own the date: they fall back to the container's and refuse future ones
    String published = extraction.published();
    String language = LanguageIdentifier.identify(text);
    if ("und".equals(language) && extraction.language() != null) language = extraction.language();
    return Article.builder(id(document, url, contentHash))
        .source(source(document, url))
        .url(url)
        .title(title)
        .published(published)
        .language(language)
        .byline(extraction.byline())
        .dateline(extraction.dateline())
        .text(text)
        .boilerplate(extraction.boilerplate())
        .origin(document.origin())
        .format(document.container())
        .contentHash(contentHash)
        .build();
  }

  static String id(RawDocument document, String url, String contentHash) {
    if (document.id() != null && !document.id().isBlank()) {
      return document.id().strip().replaceAll("[\\s/\\\\?#]+", "_");
    }
    if (url != null) return sha256Hex(normalizeUrl(url)).substring(0, 16);
    return contentHash.substring(0, 16);
  }

  static String source(RawDocument document, String url) {
    if (document.source() != null && !document.source().isBlank()) return document.source().strip();
    if (url != null) {
      try {
        String host = URI.create(url.strip().replace(" ", "%20")).getHost();
        if (host != null) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        return null; // an unparseable URL names no source
      }
    }
    return null;
  }

  /** URL key: lower-case scheme and host, no fragment, no trailing slash, http = https. */
  static String normalizeUrl(String url) {
    String u = url.strip();
    int hash = u.indexOf('#');
    if (hash >= 0) u = u.substring(0, hash);
    u = u.replaceFirst("(?i)^https?://", "");
    int slash = u.indexOf('/');
    String host = slash < 0 ? u : u.substring(0, slash);
    String path = slash < 0 ? "" : u.substring(slash);
    host = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    return host + path;
  }

  /** The text's matching key with whitespace collapsed: equal for the same article re-encoded. */
  static String contentKey(String text) {
    return ArabicNormalizer.searchKey(text).replaceAll("\\s+", " ").strip();
  }

  static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) return a.strip();
    if (b != null && !b.isBlank()) return b.strip();
    return null;
  }
}

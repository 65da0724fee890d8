package org.marsad.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.ingest.TextDecoder;

/**
 * Reads what a source answered: an RSS or Atom feed (Rome; the bytes are decoded by {@link
 * TextDecoder}, because Arabic feeds declare UTF-8 and serve Windows-1256), or a sitemap
 * (crawler-commons), into the article links it lists.
 */
final class FeedParser {
  private FeedParser() {}

  /** What a body is, from its first element. */
  enum Type {
    RSS,
    ATOM,
    SITEMAP,
    SITEMAP_INDEX,
    HTML,
    OTHER
  }

  private static final Pattern FIRST_ELEMENT =
      Pattern.compile("<(?!\\?|!)([a-zA-Z][\\w:.-]*)");

  /** A feed's or sitemap's article links, in order, without repeats. */
  record Parsed(Type type, String title, List<URI> links, boolean news) {}

  /** A body that is not a readable feed: one line for the source's health. */
  static final class FeedError extends Exception {
    FeedError(String message) {
      super(message);
    }
  }

  static Type sniff(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = FIRST_ELEMENT.matcher(head);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      switch (name) {
        case "rss", "rdf:rdf" -> {
          return Type.RSS;
        }
        case "feed" -> {
          return Type.ATOM;
        }
        case "urlset" -> {
          return Type.SITEMAP;
        }
        case "sitemapindex" -> {
          return Type.SITEMAP_INDEX;
        }
        case "html", "head", "body" -> {
          return Type.HTML;
        }
        default -> {
          return Type.OTHER;
        }
      }
    }
    return Type.OTHER;
  }

  static Parsed parse(byte[] body, String contentType, URI base) throws FeedError {
    Type type = sniff(body);
    return switch (type) {
      case RSS, ATOM -> feed(body, contentType, base, type);
      case SITEMAP, SITEMAP_INDEX -> sitemap(body, base);
      case HTML -> throw new FeedError("an HTML page, not a feed");
      case OTHER -> {
        // a feed can start with a comment or a stylesheet; let Rome judge it
        yield feed(body, contentType, base, Type.OTHER);
      }
    };
  }

  private static Parsed feed(byte[] body, String contentType, URI base, Type type)
      throws FeedError {
    String declared = charset(contentType);
    if (declared == null) declared = TextDecoder.declaredCharset(body);
    String xml = TextDecoder.decode(body, declared).text();
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new StringReader(xml));
    } catch (ParsingFeedException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() : "";
      throw new FeedError("malformed feed XML" + where + " (" + reason(e) + ")");
    } catch (FeedException | RuntimeException e) {
      throw new FeedError("not a readable feed (" + reason(e) + ")");
    }
    Set<URI> links = new LinkedHashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = link(entry);
      if (link == null) continue;
      URI uri = resolve(base, link);
      if (uri != null) links.add(uri);
    }
    boolean atom = feed.getFeedType() != null && feed.getFeedType().startsWith("atom");
    Type actual = type == Type.OTHER ? (atom ? Type.ATOM : Type.RSS) : type;
    String title = feed.getTitle() == null || feed.getTitle().isBlank() ? null
        : feed.getTitle().strip();
    return new Parsed(actual, title, new ArrayList<>(links), false);
  }

  private static Parsed sitemap(byte[] body, URI base) throws FeedError {
    SiteMapParser parser = new SiteMapParser(false);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap("text/xml", body, base.toURL());
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      throw new FeedError("not a readable sitemap (" + reason(e) + ")");
    }
    Set<URI> links = new LinkedHashSet<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        URI uri = resolve(base, child.getUrl().toString());
        if (uri != null) links.add(uri);
      }
      return new Parsed(Type.SITEMAP_INDEX, null, new ArrayList<>(links), false);
    }
    for (SiteMapURL url : ((SiteMap) map).getSiteMapUrls()) {
      URI uri = resolve(base, url.getUrl().toString());
      if (uri != null) links.add(uri);
    }
    boolean news = new String(body, StandardCharsets.UTF_8).contains("sitemap-news/0.9");
    return new Parsed(Type.SITEMAP, null, new ArrayList<>(links), news);
  }

  private static String link(SyndEntry entry) {
    if (entry.getLink() != null && !entry.getLink().isBlank()) return entry.getLink().strip();
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && (link.getRel() == null || link.getRel().equals("alternate"))) {
        return link.getHref().strip();
      }
    }
    String uri = entry.getUri();
    return uri != null && uri.startsWith("http") ? uri.strip() : null;
  }

  static URI resolve(URI base, String link) {
    try {
      URI uri = base.resolve(link.strip().replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static String charset(String contentType) {
    if (contentType == null) return null;
    Matcher m = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE)
        .matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  private static String reason(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message.strip().replaceAll("\\s+", " ");
  }
}

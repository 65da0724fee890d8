package org.marsad.watch;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.ingest.TextDecoder;

/**
 * Turns a listed URL into sources. A feed or a news sitemap is a source itself. A home page is
 * read for its feeds ({@code <link rel="alternate">} of RSS and Atom types); when it names none,
 * the common feed paths are tried, one by one, until one answers with a feed. Its news sitemaps
 * come from robots.txt's {@code Sitemap:} lines (a sitemap index is opened one level). Every
 * request goes through the polite {@link Fetcher}.
 */
final class Discovery {
  /** Tried, in order, when a home page names no feed. */
  static final List<String> COMMON_FEED_PATHS =
      List.of("/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml");

  private static final int MAX_SITEMAPS = 10;

  private final Fetcher fetcher;

  Discovery(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** A source found: its URL after redirects, its kind, its title. */
  record Found(URI url, String kind, String title) {}

  /**
   * What a listed URL led to, with a line that says so; {@code answer} is the listed URL's own
   * answer when it was a feed, so the first poll need not ask again.
   */
  record Result(List<Found> found, String note, Fetcher.Response answer) {
    Result(List<Found> found, String note) {
      this(found, note, null);
    }
  }

  Result discover(URI listed) throws FetchException, InterruptedException {
    Fetcher.Response page = fetcher.get(listed, Fetcher.Conditional.NONE);
    if (!page.ok()) {
      throw new FetchException(FetchException.Kind.NETWORK, listed + ": HTTP " + page.status());
    }
    FeedParser.Type type = FeedParser.sniff(page.body());
    switch (type) {
      case RSS, ATOM -> {
        String kind = type == FeedParser.Type.RSS ? "rss" : "atom";
        return new Result(List.of(new Found(page.uri(), kind, null)), kind + " feed", page);
      }
      case SITEMAP -> {
        return new Result(List.of(new Found(page.uri(), "sitemap", null)), "sitemap", page);
      }
      case SITEMAP_INDEX -> {
        List<Found> news = newsSitemaps(List.of(page.uri().toString()));
        return new Result(news, "sitemap index: " + news.size() + " news sitemap(s)");
      }
      default -> {
        return homePage(page);
      }
    }
  }

  private Result homePage(Fetcher.Response page) throws InterruptedException {
    Map<String, Found> found = new LinkedHashMap<>();
    String html = TextDecoder.decode(page.body(),
        FeedParser.charset(page.header("Content-Type").orElse(null))).text();
    Document doc = Jsoup.parse(html, page.uri().toString());
    for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      String kind = type.contains("atom") ? "atom" : type.contains("rss") ? "rss" : null;
      if (kind == null) continue;
      URI uri = FeedParser.resolve(page.uri(), link.attr("href"));
      if (uri != null) found.putIfAbsent(UrlKey.of(uri.toString()), new Found(uri, kind,
          link.attr("title").isBlank() ? null : link.attr("title").strip()));
    }
    int linked = found.size();
    if (found.isEmpty()) {
      for (String path : COMMON_FEED_PATHS) {
        URI uri = page.uri().resolve(path);
        try {
          Fetcher.Response r = fetcher.get(uri, Fetcher.Conditional.NONE);
          FeedParser.Type t = r.ok() ? FeedParser.sniff(r.body()) : FeedParser.Type.OTHER;
          if (t == FeedParser.Type.RSS || t == FeedParser.Type.ATOM) {
            found.put(UrlKey.of(r.uri().toString()),
                new Found(r.uri(), t == FeedParser.Type.RSS ? "rss" : "atom", null));
            break;
          }
        } catch (FetchException e) {
          // not there, or not allowed: try the next path
        }
      }
    }
    int feeds = found.size();
    List<Found> news = newsSitemaps(fetcher.sitemaps(page.uri()));
    for (Found f : news) found.putIfAbsent(UrlKey.of(f.url().toString()), f);
    String note = "home page: " + feeds + " feed(s)"
        + (linked == 0 && feeds > 0 ? " at a common path" : "")
        + ", " + news.size() + " news sitemap(s)";
    return new Result(new ArrayList<>(found.values()), note);
  }

  /** The news sitemaps among {@code urls}, opening sitemap indexes one level. */
  private List<Found> newsSitemaps(List<String> urls) throws InterruptedException {
    List<Found> out = new ArrayList<>();
    List<String> queue = new ArrayList<>(urls);
    int fetched = 0;
    for (int i = 0; i < queue.size() && fetched < MAX_SITEMAPS; i++) {
      URI uri;
      try {
        uri = URI.create(queue.get(i).strip());
      } catch (IllegalArgumentException e) {
        continue;
      }
      try {
        Fetcher.Response r = fetcher.get(uri, Fetcher.Conditional.NONE);
        fetched++;
        if (!r.ok()) continue;
        FeedParser.Parsed parsed = FeedParser.parse(r.body(), null, r.uri());
        if (parsed.type() == FeedParser.Type.SITEMAP_INDEX && i < urls.size()) {
          for (URI child : parsed.links()) queue.add(child.toString());
        } else if (parsed.type() == FeedParser.Type.SITEMAP && parsed.news()) {
          out.add(new Found(r.uri(), "sitemap", null));
        }
      } catch (FetchException | FeedParser.FeedError e) {
        // an unreachable or unreadable sitemap is passed over; the others still count
      }
    }
    return out;
  }

}

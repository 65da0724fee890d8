package org.marsad.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.marsad.ingest.RawDocument;
import org.marsad.model.Boilerplate;

/**
 * Reads an HTML news page: the article body, title, publication date, author, language and
 * canonical URL.
 *
 * <p>Main text: every element gets a content score from the paragraphs under it (their length and
 * commas, passed up to parent, grandparent and great-grandparent with decreasing weight, as in
 * Arc90's Readability), scaled by its class/id cues ("article", "story-body" up; "comment",
 * "share", "related", "footer" down) and by one minus its link density. The best-scoring subtree
 * wins, joined by siblings that read like more of the same article; inside it, nested boilerplate
 * (navigation, share bars, related links, comment threads, link lists) is dropped and the
 * paragraphs and headings are kept in order.
 *
 * <p>Dates: the page's own metadata first (JSON-LD {@code datePublished}, {@code
 * article:published_time}, {@code itemprop=datePublished}, {@code <time datetime>}), then a date
 * written near the top of the article; never a date after the fetch time. Thread-safe.
 */
public final class HtmlExtractor implements Extractor {
  private final Clock clock;
  private static final ObjectMapper JSON = new ObjectMapper();

  public HtmlExtractor() {
    this(Clock.systemUTC());
  }

  /** @param clock gives the fetch time: no date after it is accepted */
  public HtmlExtractor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Extraction extract(RawDocument document) {
    Document doc = Jsoup.parse(document.content(), document.url() == null ? "" : document.url());
    Metadata meta = Metadata.read(doc, JSON);
    String published = notAfterNow(meta.published);
    if (published == null) published = notAfterNow(PublishedDates.normalize(document.published()));
    // Dates printed in the page are read before the main-text pass prunes date elements.
    String printed = published == null ? notAfterNow(printedDate(doc)) : null;
    MainText main = MainText.of(doc);
    if (published == null) published = printed;
    if (published == null && main.root != null) {
      String head = main.root.text();
      published = notAfterNow(ArabicDates.parse(head.substring(0, Math.min(400, head.length()))));
    }
    String title = meta.title != null ? meta.title : document.title();
    List<Boilerplate> removed = new ArrayList<>();
    for (String r : main.removed) removed.add(new Boilerplate(r, "other", 0.5));
    return new Extraction(
        title, main.text, published, meta.author, null, meta.language,
        meta.canonical != null ? meta.canonical : document.url(), removed);
  }

  /** The body text of an HTML page alone, paragraphs joined by blank lines. */
  public static String mainText(String html) {
    return MainText.of(Jsoup.parse(html)).text;
  }

  private String notAfterNow(String iso) {
    if (iso == null) return null;
    LocalDateTime t = PublishedDates.toLocal(iso);
    if (t == null) return null;
    // A day of slack: the page's clock and ours need not share a zone.
    return t.isAfter(LocalDateTime.now(clock).plusDays(1)) ? null : iso;
  }

  /** A date printed in an element whose class or id says "date" or "time". */
  private static String printedDate(Document doc) {
    for (Element e : doc.select("[class*=date], [class*=time], [id*=date], [class*=publish]")) {
      String t = e.text();
      if (t.length() > 80) continue;
      String iso = PublishedDates.normalize(t);
      if (iso == null) iso = ArabicDates.parse(t);
      if (iso != null) return iso;
    }
    return null;
  }

  /** What the page says about itself. */
  static final class Metadata {
    String title, published, author, language, canonical;

    static Metadata read(Document doc, ObjectMapper json) {
      Metadata m = new Metadata();
      for (Element s : doc.select("script[type=application/ld+json]")) {
        try {
          JsonNode n = json.readTree(s.data());
          m.fromJsonLd(n, 0);
        } catch (JsonProcessingException e) {
          // A page's broken JSON-LD is its own problem: the meta tags still speak.
        }
      }
      if (m.published == null) {
        m.published =
            firstDate(
                doc,
                "meta[property=article:published_time]", "meta[property=og:published_time]",
                "meta[name=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
                "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
                "meta[name=sailthru.date]", "meta[name=parsely-pub-date]", "meta[property=og:updated_time]",
                "[itemprop=datePublished]", "time[datetime]", "time[pubdate]");
      }
      if (m.title == null) m.title = attr(doc, "meta[property=og:title]", "content");
      if (m.title == null) {
        Element h1 = doc.selectFirst("h1");
        m.title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : blankToNull(doc.title());
      }
      if (m.author == null) {
        String a = attr(doc, "meta[name=author]", "content");
        if (a == null) a = attr(doc, "meta[property=article:author]", "content");
        if (a != null && a.startsWith("http")) a = null;
        if (a == null) {
          Element e = doc.selectFirst("[itemprop=author], [rel=author], .byline, .author");
          if (e != null && e.text().length() < 80) a = blankToNull(e.text());
        }
        m.author = a;
      }
      Element html = doc.selectFirst("html");
      m.language = html == null ? null : blankToNull(html.attr("lang"));
      if (m.language == null) m.language = attr(doc, "meta[http-equiv=content-language]", "content");
      if (m.language == null) {
        String locale = attr(doc, "meta[property=og:locale]", "content");
        if (locale != null) m.language = locale.replace('_', '-');
      }
      m.canonical = attr(doc, "link[rel=canonical]", "abs:href");
      if (m.canonical == null) m.canonical = attr(doc, "meta[property=og:url]", "content");
      return m;
    }

    private void fromJsonLd(JsonNode n, int depth) {
      if (n == null || depth > 4) return;
      if (n.isArray()) {
        for (JsonNode c : n) fromJsonLd(c, depth + 1);
        return;
      }
      if (!n.isObject()) return;
      if (n.has("@graph")) fromJsonLd(n.get("@graph"), depth + 1);
      String type = n.path("@type").toString().toLowerCase(Locale.ROOT);
      boolean article = type.contains("article") || type.contains("posting") || type.contains("report");
      if (!article && !type.contains("webpage")) return;
      if (published == null || article) {
        String d = PublishedDates.normalize(n.path("datePublished").asText(null));
        if (d != null && (published == null || article)) published = d;
      }
      if (article) {
        if (title == null) title = blankToNull(n.path("headline").asText(null));
        if (author == null) author = authorName(n.get("author"));
      }
      if (n.has("mainEntity")) fromJsonLd(n.get("mainEntity"), depth + 1);
    }

    private static String authorName(JsonNode a) {
      if (a == null) return null;
      if (a.isArray()) {
        List<String> names = new ArrayList<>();
        for (JsonNode x : a) {
          String s = authorName(x);
          if (s != null) names.add(s);
        }
        return names.isEmpty() ? null : String.join(", ", names);
      }
      if (a.isTextual()) return blankToNull(a.asText());
      return blankToNull(a.path("name").asText(null));
    }

    private static String firstDate(Document doc, String... selectors) {
      for (String sel : selectors) {
        for (Element e : doc.select(sel)) {
          String v = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
          String d = PublishedDates.normalize(v);
          if (d != null) return d;
        }
      }
      return null;
    }

    private static String attr(Document doc, String selector, String attr) {
      Element e = doc.selectFirst(selector);
      return e == null ? null : blankToNull(e.attr(attr));
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The main-text algorithm. */
  static final class MainText {
    final String text;
    final Element root;
    final List<String> removed;

    private MainText(String text, Element root, List<String> removed) {
      this.text = text;
      this.root = root;
      this.removed = removed;
    }

    private static final Set<String> DROP =
        Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas",
            "select", "button", "input", "textarea", "link", "meta", "form", "nav", "aside", "footer",
            "dialog", "menu");

    private static final Pattern NEGATIVE =
        Pattern.compile(
            "(?:^|[-_\\s])(?:comment|comments|disqus|share|sharing|social|related|recommend|"
                + "recommended|promo|promotion|sponsor|sponsored|advert|advertisement|ad|ads|adunit|"
                + "banner|breadcrumb|breadcrumbs|nav|navbar|navigation|menu|sidebar|widget|newsletter|"
                + "subscribe|subscription|signup|popup|modal|cookie|masthead|footer|tags|tag|"
                + "outbrain|taboola|pagination|pager|toolbar|trending|most-popular|popular|more|"
                + "read-more|readmore|also|print|rss|login|meta|byline|author|caption|credit|skip|"
                + "hidden|hide|overlay|jump|newsletter-signup|inline-ad|teaser|promo-box)"
                + "(?:$|[-_\\s\\d])");

    private static final Pattern POSITIVE =
        Pattern.compile(
            "(?:^|[-_\\s])(?:article|articlebody|article-body|body|content|entry|entry-content|"
                + "hentry|main|post|post-content|post-body|text|blog|story|story-body|prose|"
                + "rich-text|richtext|paragraph)(?:$|[-_\\s\\d])");

    private static final Pattern STRONG_NEGATIVE =
        Pattern.compile("comment|disqus|related|recommend|outbrain|taboola|share|social|newsletter|promo|sidebar|footer");

    private static final Pattern DATE_CUE =
        Pattern.compile("(?:^|[-_\\s])(?:date|dateline|time|timestamp|published|updated|pubdate)(?:$|[-_\\s])");

    private static final Set<String> BLOCKS =
        Set.of(
            "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "figure",
            "figcaption", "header", "br", "hr", "address", "center");

    static MainText of(Document doc) {
      Element body = doc.body();
      if (body == null) return new MainText("", null, List.of());
      cleanTree(body);
      Stats stats = new Stats();
      stats.measure(body);
      Element best = bestCandidate(body, stats);
      List<String> removed = new ArrayList<>();
      List<Element> parts = withSiblings(best, stats);
      StringBuilder out = new StringBuilder();
      for (Element part : parts) {
        prune(part, stats, stats.text(best), removed);
        appendBlocks(part, out);
      }
      String text = out.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n ?", "\n")
          .replaceAll("\\n{3,}", "\n\n").strip();
      return new MainText(text, best, removed);
    }

    private static void cleanTree(Element body) {
      List<Element> drop = new ArrayList<>();
      for (Element e : body.getAllElements()) {
        String tag = e.normalName();
        if (DROP.contains(tag) && !(tag.equals("form") && e.select("p").size() > 3)) {
          drop.add(e);
        } else if (e.hasAttr("hidden")
            || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")
            || e.attr("aria-hidden").equals("true") && e.select("p").isEmpty()) {
          drop.add(e);
        } else {
          String role = e.attr("role");
          if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
              || role.equals("banner") || role.equals("dialog")) drop.add(e);
        }
      }
      for (Element e : drop) if (e.parent() != null) e.remove();
      for (Node c : new ArrayList<>(body.childNodes())) {
        if (c instanceof org.jsoup.nodes.Comment) c.remove();
      }
    }

    /** Text and link-text lengths of every element, computed once. */
    static final class Stats {
      final Map<Element, int[]> m = new IdentityHashMap<>(); // text, link text, <p>s, <a>s
      final Map<Element, Double> score = new IdentityHashMap<>();

      int[] measure(Element e) {
        int text = 0, link = 0, paras = 0, links = 0;
        for (Node c : e.childNodes()) {
          if (c instanceof TextNode t) {
            text += normLen(t.getWholeText());
          } else if (c instanceof Element ce) {
            int[] s = measure(ce);
            text += s[0];
            boolean a = ce.normalName().equals("a");
            link += a ? s[0] : s[1];
            paras += s[2];
            links += s[3] + (a ? 1 : 0);
          }
        }
        if (e.normalName().equals("p")) paras++;
        int[] r = {text, link, paras, links};
        m.put(e, r);
        return r;
      }

      int text(Element e) {
        int[] s = m.get(e);
        return s == null ? 0 : s[0];
      }

      double linkDensity(Element e) {
        int[] s = m.get(e);
        return s == null || s[0] == 0 ? 0 : s[1] / (double) s[0];
      }
    }

    static int normLen(String s) {
      int n = 0;
      boolean space = true;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (!space) n++;
          space = true;
        } else {
          n++;
          space = false;
        }
      }
      return n;
    }

    static String cues(Element e) {
      return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }

    static double classWeight(Element e) {
      String c = cues(e);
      if (c.isBlank()) return 0;
      double w = 0;
      if (NEGATIVE.matcher(c).find()) w -= 25;
      if (POSITIVE.matcher(c).find()) w += 25;
      String ip = e.attr("itemprop");
      if (ip.equals("articleBody")) w += 50;
      return w;
    }

    private static Element bestCandidate(Element body, Stats stats) {
      Map<Element, Double> score = stats.score;
      for (Element p : body.getAllElements()) {
        String tag = p.normalName();
        boolean para = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote");
        double s;
        Element a;
        if (para) {
          s = paragraphScore(p.text());
          a = p.parent();
        } else if (tag.equals("div") || tag.equals("section") || tag.equals("article")) {
          // Text held directly by a div, in runs between <br>s and blocks, reads like paragraphs
          // inside it (Readability wraps such runs in <p>s), so the div is their parent.
          s = textRunsScore(p);
          a = p;
        } else {
          continue;
        }
        if (s <= 0) continue;
        for (int level = 0; a != null && level < 3; level++, a = a.parent()) {
          if (a == body.parent()) break;
          if (!score.containsKey(a)) score.put(a, initialScore(a));
          double div = level == 0 ? 1 : level == 1 ? 2 : level * 3;
          score.merge(a, s / div, Double::sum);
        }
      }
      Element best = null;
      double bestScore = 0;
      List<Element> top = new ArrayList<>();
      List<Double> topScores = new ArrayList<>();
      for (var e : score.entrySet()) {
        double s = e.getValue() * (1 - stats.linkDensity(e.getKey()));
        if (insideComments(e.getKey())) s *= 0.1; // a reader's comment is not the article
        e.setValue(s);
        int i = 0;
        while (i < top.size() && topScores.get(i) >= s) i++;
        if (i < 5) {
          top.add(i, e.getKey());
          topScores.add(i, s);
          if (top.size() > 5) {
            top.remove(5);
            topScores.remove(5);
          }
        }
      }
      if (top.isEmpty()) return body;
      best = top.get(0);
      bestScore = topScores.get(0);
      // If several top candidates share an ancestor, the article is that ancestor.
      int needed = 3;
      Element parent = best.parent();
      while (parent != null && parent != body && top.size() >= needed) {
        int inside = 0;
        for (int i = 1; i < top.size(); i++) {
          if (topScores.get(i) / bestScore >= 0.75 && isAncestor(parent, top.get(i))) inside++;
        }
        if (inside >= needed - 1) {
          best = parent;
          break;
        }
        parent = parent.parent();
      }
      // Climb while the parent scores as well: the article is wider than one column of it.
      double last = score.getOrDefault(best, 0.0);
      parent = best.parent();
      while (parent != null && parent != body.parent() && parent != body) {
        Double ps = score.get(parent);
        if (ps == null) {
          parent = parent.parent();
          continue;
        }
        if (ps < last / 3) break;
        if (ps > last) {
          best = parent;
          break;
        }
        last = ps;
        parent = parent.parent();
      }
      // A lone child is no better than its parent.
      while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
        best = best.parent();
      }
      return best;
    }

    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|respond|replies|reply");

    private static boolean insideComments(Element e) {
      for (Element a = e; a != null; a = a.parent()) {
        String c = cues(a);
        if (!c.isBlank() && COMMENTS.matcher(c).find()) return true;
      }
      return false;
    }

    private static double paragraphScore(String txt) {
      int len = txt.length();
      return len < 25 ? 0 : 1 + commas(txt) + Math.min(len / 100, 3);
    }

    /** The summed paragraph scores of the text runs directly inside {@code e}. */
    private static double textRunsScore(Element e) {
      double total = 0;
      StringBuilder run = new StringBuilder();
      boolean direct = false;
      for (Node c : e.childNodes()) {
        if (c instanceof TextNode t) {
          run.append(t.getWholeText());
          if (!t.isBlank()) direct = true;
        } else if (c instanceof Element ce && !BLOCKS.contains(ce.normalName()) && !hasBlock(ce)) {
          String t = ce.text();
          run.append(t).append(' ');
          if (!t.isBlank() && !ce.normalName().equals("a")) direct = true;
        } else {
          if (direct) total += paragraphScore(run.toString().strip());
          run.setLength(0);
          direct = false;
        }
      }
      if (direct) total += paragraphScore(run.toString().strip());
      return total;
    }

    private static boolean hasBlock(Element e) {
      for (Element c : e.children()) {
        if (BLOCKS.contains(c.normalName()) && !c.normalName().equals("br") || hasBlock(c)) return true;
      }
      return false;
    }

    private static boolean isAncestor(Element a, Element d) {
      for (Element p = d.parent(); p != null; p = p.parent()) if (p == a) return true;
      return false;
    }

    private static double initialScore(Element e) {
      double s =
          switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
          };
      return s + classWeight(e);
    }

    private static int commas(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ',' || c == '،') n++;
      }
      return n;
    }

    /** The candidate and the siblings that read like more of it. */
    private static List<Element> withSiblings(Element best, Stats stats) {
      Element parent = best.parent();
      if (parent == null || best.normalName().equals("body")) return List.of(best);
      double bestScore = stats.score.getOrDefault(best, 0.0);
      double threshold = Math.max(10, bestScore * 0.2);
      List<Element> out = new ArrayList<>();
      for (Element s : parent.children()) {
        if (s == best) {
          out.add(s);
          continue;
        }
        double bonus = !best.className().isEmpty() && best.className().equals(s.className()) ? bestScore * 0.2 : 0;
        Double sc = stats.score.get(s);
        if (sc != null && sc + bonus >= threshold) {
          out.add(s);
          continue;
        }
        if (s.normalName().equals("p")) {
          double ld = stats.linkDensity(s);
          int len = stats.text(s);
          String t = s.text();
          if (len > 80 && ld < 0.25) out.add(s);
          else if (len > 0 && len <= 80 && ld == 0 && t.matches(".*[.!?؟]\\s*$")) out.add(s);
        }
      }
      return out;
    }

    /** Drops nested boilerplate: cue classes, link lists, short fragments. */
    private static void prune(Element root, Stats stats, int rootText, List<String> removed) {
      List<Element> drop = new ArrayList<>();
      collect(root, root, stats, Math.max(rootText, stats.text(root)), drop);
      for (Element e : drop) {
        if (e.parent() != null) {
          String t = e.text();
          if (!t.isBlank() && removed.size() < 200) removed.add(t.length() > 200 ? t.substring(0, 200) : t);
          e.remove();
        }
      }
    }

    private static void collect(Element e, Element root, Stats stats, int rootText, List<Element> drop) {
      for (Element c : e.children()) {
        if (shouldDrop(c, stats, rootText)) drop.add(c);
        else collect(c, root, stats, rootText, drop);
      }
    }

    private static boolean shouldDrop(Element e, Stats stats, int rootText) {
      String tag = e.normalName();
      int text = stats.text(e);
      if (tag.equals("h1")) return true; // the title, reported apart
      String c = cues(e);
      boolean share = !c.isBlank() && NEGATIVE.matcher(c).find() && !POSITIVE.matcher(c).find();
      if (!c.isBlank() && STRONG_NEGATIVE.matcher(c).find() && !POSITIVE.matcher(c).find()) share = true;
      if (share && text < 0.5 * rootText) return true;
      if (tag.equals("figcaption") || tag.equals("time")) return true;
      double ld = stats.linkDensity(e);
      if (tag.equals("p") || tag.startsWith("h") && tag.length() == 2) {
        return ld > 0.8 && text < 150; // "Who will make the Rock Hall in 2020?" as a lone link
      }
      if (tag.equals("a") && e.attr("rel").contains("tag")) return true;
      if (text < 100 && !c.isBlank() && DATE_CUE.matcher(c).find()) return true;
      int[] st = stats.m.get(e);
      if (ld > 0.6 && st != null && st[3] >= 3 && st[2] == 0 && text < 0.3 * rootText) {
        return true; // a cluster of links: tags, a "more on this" list
      }
      int[] s = stats.m.get(e);
      int paras = s == null ? 0 : s[2];
      if (tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section") || tag.equals("table")) {
        double weight = classWeight(e);
        if (ld > 0.5 && text < 0.5 * rootText) return true;
        if (weight < 25 && ld > 0.25 && paras < 2 && text < 0.3 * rootText) return true;
      }
      return false;
    }

    /** Appends the text of {@code e} with a line break around each block element. */
    private static void appendBlocks(Element e, StringBuilder out) {
      for (Node c : e.childNodes()) {
        if (c instanceof TextNode t) {
          out.append(t.getWholeText().replace('\n', ' '));
        } else if (c instanceof Element ce) {
          boolean block = BLOCKS.contains(ce.normalName());
          if (block) out.append('\n');
          appendBlocks(ce, out);
          if (block) out.append('\n');
        }
      }
    }
  }
}

package org.marsad.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.store.ArticleStore;

/**
 * Articles as the later stages will fill them (entities with canonical ids and roles, quotes,
 * topics, themes, events, duplicates, a story), written as JSON so that they read the same whatever
 * shape the nested records grow. Offsets are computed from the text, never typed by hand.
 */
final class Fixtures {
  private Fixtures() {}

  static final String PM = "pers:سعد_الدين_العثماني";
  static final String RABAT = "loc:الرباط";
  static final String MINISTRY = "org:وزارة_الاقتصاد_والمالية";
  /** An article whose strings try to become markup; the page must show them as text. */
  static final String HOSTILE_ID = "hostile-1";
  static final String HOSTILE_TITLE = "<img src=x onerror=alert(1)> عنوان";

  static List<Article> articles() {
    String t1 = "أطلق رئيس الحكومة سعد الدين العثماني، اليوم الاثنين بالرباط، منصة رقمية جديدة للخدمات الإدارية"
        + " بشراكة مع وزارة الاقتصاد والمالية.\n\nوقال العثماني إن \"المنصة ستقرب الإدارة من المواطنين\"،"
        + " مضيفا أن الاستثمار في الاتصالات أولوية.";
    ObjectNode a1 = base("x1", "hespress", "2023-10-09", "الحكومة تطلق منصة رقمية للخدمات الإدارية", t1);
    entity(a1, t1, "سعد الدين العثماني", "PERS", PM, "رئيس الحكومة");
    entity(a1, t1, "الرباط", "LOC", RABAT, null);
    entity(a1, t1, "وزارة الاقتصاد والمالية", "ORG", MINISTRY, null);
    entity(a1, t1, "العثماني", "PERS", PM, null, t1.indexOf("وقال") + 5);
    quote(a1, t1, "المنصة ستقرب الإدارة من المواطنين", "العثماني", PM);
    a1.withArray("topics").addObject().put("label", "economy").put("score", 0.8);
    theme(a1, t1, "e-government", "الحكومة الرقمية", "منصة رقمية");
    event(a1, t1, "launch", "أطلق", RABAT, "2023-10-09");
    a1.put("story", "story-1");

    String t2 = "قال العثماني، رئيس الحكومة، إن شبكات الاتصال توسعت في القرى، وإن وزارة الاقتصاد والمالية"
        + " خصصت 30 مليون درهم لذلك.";
    ObjectNode a2 = base("x2", "le360", "2023-10-12", "شبكات الاتصال تصل إلى القرى", t2);
    entity(a2, t2, "العثماني", "PERS", PM, "رئيس الحكومة");
    entity(a2, t2, "وزارة الاقتصاد والمالية", "ORG", MINISTRY, null);
    a2.withArray("topics").addObject().put("label", "technology").put("score", 0.7);
    event(a2, t2, "statement", "قال", null, "2023-10-12");
    a2.put("story", "story-1");

    String t3 = t1.replace("اليوم الاثنين", "أمس");
    ObjectNode a3 = base("x3", "alyaoum24", "2023-10-10", "إطلاق منصة رقمية للخدمات الإدارية", t3);
    entity(a3, t3, "سعد الدين العثماني", "PERS", PM, "رئيس الحكومة");
    entity(a3, t3, "الرباط", "LOC", RABAT, null);
    a3.put("duplicate_of", "x1");
    a3.put("story", "story-1");

    String t4 = "<script>alert('x')</script> نص عادي عن الاتصالات في الرباط.";
    ObjectNode a4 = base(HOSTILE_ID, "example.org", "2023-09-20", HOSTILE_TITLE, t4);
    a4.put("url", "javascript:alert(1)");
    entity(a4, t4, "<b>الرباط</b>", "LOC", null, null, -1);

    return List.of(a1, a2, a3, a4).stream().map(n -> ArticleJson.read(n.toString())).toList();
  }

  static void load(ArticleStore store) throws IOException {
    for (Article a : articles()) store.put(a);
    store.commit();
  }

  private static ObjectNode base(String id, String source, String published, String title, String text) {
    ObjectNode n = ArticleJson.MAPPER.createObjectNode();
    n.put("id", id).put("source", source).put("url", "https://" + source + ".example/" + id)
        .put("title", title).put("published", published).put("language", "ar").put("text", text)
        .put("content_hash", "h-" + id).put("format", "text");
    return n;
  }

  private static void entity(ObjectNode a, String text, String mention, String type, String canonical, String role) {
    entity(a, text, mention, type, canonical, role, 0);
  }

  /** A mention found from {@code from} on; -1 adds one at 0..length whatever the text says. */
  private static void entity(ObjectNode a, String text, String mention, String type, String canonical,
      String role, int from) {
    int start = from < 0 ? 0 : text.indexOf(mention, from);
    int end = from < 0 ? 8 : start + mention.length();
    if (start < 0) throw new IllegalArgumentException(mention + " not in the text");
    a.withArray("entities").addObject().put("text", mention).put("type", type).put("start", start)
        .put("end", end).put("canonical", canonical).put("role", role);
  }

  private static void quote(ObjectNode a, String text, String quote, String speaker, String canonical) {
    int start = text.indexOf(quote);
    a.withArray("quotes").addObject().put("text", quote).put("start", start)
        .put("end", start + quote.length()).put("speaker", speaker).put("speaker_canonical", canonical);
  }

  private static void theme(ObjectNode a, String text, String id, String label, String evidence) {
    ObjectNode t = a.withArray("themes").addObject().put("id", id).put("label", label).put("score", 0.9);
    int start = text.indexOf(evidence);
    t.withArray("evidence").addObject().put("start", start).put("end", start + evidence.length())
        .put("text", evidence);
  }

  private static void event(ObjectNode a, String text, String type, String trigger, String place, String date) {
    int start = text.indexOf(trigger);
    int sentenceEnd = text.indexOf('.', start);
    ObjectNode e = a.withArray("events").addObject().put("type", type);
    e.putObject("trigger").put("start", start).put("end", start + trigger.length()).put("text", trigger);
    e.put("place", place).put("date", date);
    e.putObject("evidence").put("start", 0).put("end", sentenceEnd + 1).put("text", text.substring(0, sentenceEnd + 1));
    // actors are left out: their shape is still being settled by the events stage
  }
}

package org.marsad.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.watch.WatchState;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Saved searches end to end: stored, matched, written as Atom, posted to a webhook. */
class AlertsTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";

  @TempDir Path dir;

  @Test
  void aNewMatchAppearsInTheAtomFeedAndIsPostedWithRetries() throws Exception {
    List<String> bodies = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    hook.createContext("/hook", ex -> {
      bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      ex.sendResponseHeaders(calls.incrementAndGet() == 1 ? 500 : 204, -1); // fails once
      ex.close();
    });
    hook.start();
    try {
      SavedSearches saved = new SavedSearches(dir);
      SavedSearch fiber = saved.add(new SavedSearch("الألياف البصرية", "الألياف البصرية",
          "الألياف", null, null, null, null, null, null,
          "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook", 1));
      saved.add(new SavedSearch("Tunisia", "Tunisia", "تونس", null, null, null, null, null, null,
          null, 2));
      assertThat(fiber.id()).isEqualTo("الألياف-البصرية");
      assertThat(saved.list()).hasSize(2);

      try (WatchState state = WatchState.open(dir);
          Webhooks webhooks = new Webhooks(3, Duration.ofMillis(50), Duration.ofSeconds(2),
              p -> {})) {
        AlertService alerts = new AlertService(dir, state, webhooks);
        alerts.reload();
        alerts.stored(AlertMatcherTest.ARTICLE);
        alerts.stored(Article.builder("a2").title("خبر").text("لا شيء هنا").build());
        state.commit();
        alerts.committed();
        webhooks.close(Duration.ofSeconds(5));
      }
      Path feed = AtomFeed.file(dir, fiber.id());
      assertThat(feed).exists();
      assertThat(AtomFeed.file(dir, "tunisia")).doesNotExist();
      Document atom = parse(Files.readString(feed));
      assertValidAtom(atom);
      NodeList entries = atom.getElementsByTagNameNS(ATOM, "entry");
      assertThat(entries.getLength()).isEqualTo(1);
      assertThat(text((Element) entries.item(0), "id")).isEqualTo("urn:marsad:article:a1");
      assertThat(calls.get()).as("one failure, then delivered").isEqualTo(2);
      assertThat(bodies.get(1)).contains("\"id\":\"a1\"").contains("الألياف-البصرية");

      assertThat(saved.remove(fiber.id())).isTrue();
      assertThat(saved.list()).extracting(SavedSearch::id).containsExactly("tunisia");
    } finally {
      hook.stop(0);
    }
  }

  /** The elements RFC 4287 requires, checked on a namespace-aware parse. */
  static void assertValidAtom(Document atom) {
    Element feed = atom.getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(text(feed, "id")).startsWith("urn:marsad:alert:");
    assertThat(text(feed, "title")).isNotBlank();
    assertThat(java.time.OffsetDateTime.parse(text(feed, "updated"))).isNotNull();
    assertThat(feed.getElementsByTagNameNS(ATOM, "author").getLength()).isPositive();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      assertThat(text(e, "id")).isNotBlank();
      assertThat(text(e, "title")).isNotBlank();
      assertThat(java.time.OffsetDateTime.parse(text(e, "updated"))).isNotNull();
    }
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static String text(Element parent, String name) {
    NodeList list = parent.getElementsByTagNameNS(ATOM, name);
    return list.getLength() == 0 ? "" : list.item(0).getTextContent();
  }
}

package org.marsad.store.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreException;

/**
 * One of the two nodes dies during a bulk ingest into an index with one replica: the ingest
 * finishes, or fails with one clear line; a re-run leaves every article exactly once. The node is
 * started again with {@code .ci/opensearch.sh start}, which waits for green, so the cluster is
 * whole for what runs next. Runs last among the cluster tests.
 *
 * <p>Needs the cluster of {@code .ci/opensearch.sh} (its pid files, under {@code MARSAD_OS_HOME},
 * default {@code /tmp/marsad-opensearch}); {@code MARSAD_OS_SCRIPT} names another script.
 */
@Order(100)
class FailoverTest {
  static final int ARTICLES = 4000;
  static final long SEED = 20261123L;

  @Test
  void aNodeDiesDuringABulkIngestAndARerunLeavesEachArticleOnce() throws Exception {
    String hosts = Cluster.hosts();
    Path home = Path.of(System.getenv().getOrDefault("MARSAD_OS_HOME", "/tmp/marsad-opensearch"));
    Path pidFile = home.resolve("node-2/opensearch.pid");
    Path script = System.getenv("MARSAD_OS_SCRIPT") != null ? Path.of(System.getenv("MARSAD_OS_SCRIPT"))
        : Path.of(System.getProperty("marsad.root", ".."), ".ci/opensearch.sh");
    assumeTrue(Files.exists(pidFile) && Files.exists(script), "no " + pidFile + " or " + script
        + ": the failover test needs the two-node cluster of .ci/opensearch.sh: skipped");
    String spec = "opensearch://" + hosts + "/marsad-test-failover?shards=2&replicas=1";
    OpenSearchStore.deleteIndex(spec);
    List<Article> articles = generate(ARTICLES, SEED);
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    System.out.println("failover: " + ARTICLES + " generated articles (seed " + SEED + "); node 2 is pid " + pid);

    OpenSearchWriter.Options small = OpenSearchWriter.Options.defaults().withBatch(100, 2)
        .withRetries(8, Duration.ofMillis(250));
    AtomicLong acknowledged = new AtomicLong();
    String firstRun = null;
    try (OpenSearchStore store = OpenSearchStore.open(OpenSearchSpec.parse(spec), true, small)) {
      boolean killed = false;
      try {
        for (Article a : articles) {
          store.write(a, o -> acknowledged.incrementAndGet());
          if (!killed && acknowledged.get() >= ARTICLES / 4) {
            killed = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
            System.out.println("failover: killed node 2 (pid " + pid + ") after " + acknowledged.get()
                + " acknowledged writes: " + killed);
          }
        }
        store.commit();
        firstRun = "finished: " + store.writeCounts();
      } catch (StoreException e) {
        assertThat(e.getMessage()).doesNotContain("\n").startsWith("opensearch://");
        firstRun = "failed with: " + e.getMessage();
      }
      assertThat(killed).as("node 2 was killed during the ingest").isTrue();
    } catch (StoreException e) { // the close's final flush
      if (firstRun == null) firstRun = "failed at close with: " + e.getMessage();
    }
    System.out.println("failover: first run " + firstRun);

    try (OpenSearchStore store = OpenSearchStore.open(OpenSearchSpec.parse(spec), true, small)) {
      for (Article a : articles) store.write(a, o -> {});
      store.commit();
      System.out.println("failover: re-run " + store.writeCounts());
      assertThat(store.stats().articles()).isEqualTo(ARTICLES);
      List<String> ids = new ArrayList<>();
      store.forEach(SearchRequest.all(), a -> ids.add(a.id()));
      Set<String> expected = new HashSet<>();
      for (Article a : articles) expected.add(a.id());
      assertThat(ids).hasSize(ARTICLES).doesNotHaveDuplicates();
      assertThat(new HashSet<>(ids)).isEqualTo(expected);
      assertThat(store.get(articles.get(ARTICLES - 1).id())).contains(articles.get(ARTICLES - 1));
    } finally {
      restart(script);
    }
  }

  /** Starts the dead node again; the script waits for a green cluster of two. */
  private static void restart(Path script) throws Exception {
    Path log = Files.createTempFile("marsad-opensearch-restart", ".log");
    Process p = new ProcessBuilder("bash", script.toString(), "start")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(300, TimeUnit.SECONDS);
    String out = Files.readString(log);
    System.out.println("failover: restart: " + out.strip().replace("\n", "\n  "));
    assertThat(done && p.exitValue() == 0).as("'" + script + " start' brought the cluster back: " + out).isTrue();
  }

  /** Articles with texts of random Arabic words (a fixed seed), about 150 words each. */
  static List<Article> generate(int n, long seed) {
    String[] words = ("الحكومة وزارة الاتصالات شبكة الألياف البصرية المغرب تونس الجزائر مصر الأردن"
        + " الاستثمار الرقمي منصة خدمات إدارة مشروع اتفاقية شراكة البنك الدولي مليون دولار درهم"
        + " الأمن السيبراني البيانات مركز الذكاء الاصطناعي الجامعة الطلبة المقاولات الناشئة التجارة"
        + " الإلكترونية الهاتف المحمول الإنترنت الجيل الخامس الوزير الرئيس البرلمان المدينة الرباط").split(" ");
    String[] sources = {"hespress", "alarabia", "le360", "alyaoum24", "example.org"};
    Random random = new Random(seed);
    List<Article> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 150; w++) {
        text.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ". " : " ");
      }
      String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
      out.add(Article.builder(String.format("gen-%05d", i)).source(sources[i % sources.length])
          .published(String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28)).title(title)
          .text(text.toString().strip()).language("ar").contentHash(Integer.toHexString(text.hashCode()))
          .build());
    }
    return out;
  }
}

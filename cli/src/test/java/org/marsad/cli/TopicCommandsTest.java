package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad train classify}, {@code marsad classify} and {@code marsad eval classify}. */
class TopicCommandsTest {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[][] DESKS = {
    {"economy", "ارتفعت أسعار النفط في الأسواق العالمية", "أعلن البنك المركزي رفع سعر الفائدة",
      "تراجع مؤشر البورصة في ختام التداولات", "سجل التضخم أعلى مستوى منذ سنوات"},
    {"sport", "فاز الفريق بالمباراة بهدفين دون رد", "سجل المهاجم هدف الفوز في الدقيقة الأخيرة",
      "تأهل المنتخب إلى نهائيات كأس العالم", "أعلن النادي التعاقد مع مدرب جديد"},
    {"technology", "أطلقت الشركة هاتفا ذكيا جديدا بكاميرا متطورة", "حدث التطبيق نظامه لحماية البيانات",
      "كشف الباحثون عن تقنية جديدة للذكاء الاصطناعي", "تعرضت شبكة الإنترنت لهجوم إلكتروني واسع"},
  };

  /** ANT-shaped JSONL lines: {@code perDesk} articles of each desk, dated {@code day}. */
  private static List<String> articles(int perDesk, String day, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (String[] desk : DESKS) {
      for (int i = 0; i < perDesk; i++) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 4; k++) text.append(desk[1 + random.nextInt(desk.length - 1)]).append(". ");
        ObjectNode o = JSON.createObjectNode();
        o.put("id", "XX-" + desk[0] + "-" + i + "-" + day).put("source", "toy").put("category", desk[0])
            .put("url", "https://toy.example/" + i).put("title", desk[1 + random.nextInt(desk.length - 1)])
            .put("abstract", "").put("text", text.toString().strip()).putNull("dup_of");
        lines.add(o.toString());
      }
    }
    return lines;
  }

  private Path write(String name, List<String> lines, boolean gzip) throws IOException {
    Path p = dir.resolve(name);
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    if (!gzip) return Files.write(p, bytes);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(bytes);
    }
    return p;
  }

  @Test
  void trainThenClassifyThenEvaluate() throws Exception {
    List<String> train = articles(20, "20180301", 1);
    train.addAll(articles(5, "20180801", 2));
    Path data = write("toy.jsonl.gz", train, true);
    Path model = dir.resolve("model.tsv.gz");

    CliRun trained = CliRun.of("train", "classify", "--jsonl", data.toString(), "--dev-from",
        "2018-07-01", "--out", model.toString());
    assertThat(trained.status()).as(trained.err()).isZero();
    assertThat(trained.out()).contains("macro-F1  1.0000").contains("wrote " + model);
    assertThat(trained.err()).contains("train 60, dev ").contains("from 20180701");
    assertThat(Files.size(model)).isPositive();

    List<String> test = articles(3, "20180901", 3);
    test.add("{\"id\": \"XX-localNews-1-20180901\", \"category\": \"localNews\", \"title\": \"مجلس"
        + " بلدي\", \"text\": \"اجتمع المجلس البلدي لمناقشة الميزانية.\"}");
    test.add("{not json");
    Path file = write("test.jsonl", test, false);

    CliRun classified = CliRun.of("classify", "--jsonl", file.toString(), "--model", model.toString());
    assertThat(classified.status()).isEqualTo(1); // the broken line
    assertThat(classified.err().strip()).startsWith(file + "#line 11: malformed JSON").endsWith("skipped")
        .doesNotContain("\n");
    List<String> out = classified.out().lines().toList();
    assertThat(out).hasSize(10);
    JsonNode first = JSON.readTree(out.get(0));
    assertThat(first.get("id").asText()).isEqualTo("XX-economy-0-20180901");
    assertThat(first.get("topic").asText()).isEqualTo("economy");
    assertThat(first.get("score").asDouble()).isBetween(0.34, 1.0);

    CliRun evaluated = CliRun.of("eval", "classify", "--jsonl", file.toString(), "--model", model.toString());
    assertThat(evaluated.out()).contains("articles  9").contains("accuracy  1.0000")
        .contains("macro-F1  1.0000").contains("confusion (rows gold, columns predicted)")
        .contains("not scored: gold labels outside the model's set (economy, sport, technology):"
            + " localNews 1")
        .contains("articles/s");
  }

  @Test
  void theShippedModelClassifiesWithoutTraining() throws Exception {
    Path file = write("one.jsonl", List.of("{\"id\": \"a1\", \"source\": \"hespress\", \"title\":"
        + " \"ريال مدريد يفوز على برشلونة\", \"text\": \"سجل المهاجم هدفين في الشوط الثاني من المباراة.\"}"),
        false);
    CliRun run = CliRun.of("classify", "--jsonl", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(JSON.readTree(run.out().strip()).get("topic").asText()).isEqualTo("sport");
  }

  @Test
  void aMissingFileIsOneLine() {
    Path missing = dir.resolve("missing.jsonl");
    CliRun run = CliRun.of("classify", "--jsonl", missing.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo(missing + ": no such file; skipped");

    CliRun train = CliRun.of("train", "classify", "--jsonl", missing.toString());
    assertThat(train.status()).isEqualTo(2);
    assertThat(train.err().strip()).isEqualTo("marsad: " + missing + ": no such file");

    CliRun model = CliRun.of("classify", "--jsonl", missing.toString(), "--model", missing.toString());
    assertThat(model.status()).isEqualTo(2);
    assertThat(model.err().strip()).isEqualTo("marsad: " + missing + ": no such model file");
  }

  @Test
  void trainListsItsSubcommands() {
    CliRun run = CliRun.of("train");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("classify");
  }
}

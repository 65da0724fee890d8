package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit statuses and one-line messages a user can act on. */
class CliErrorsTest {
  @TempDir Path dir;

  @Test
  void usageErrorExitsTwo() {
    CliRun run = CliRun.of("analyze");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }

  @Test
  void badInputsAreSkippedWithOneLineEachAndTheRestGoesIn() throws Exception {
    Path inputs = Files.createDirectories(dir.resolve("inputs"));
    Path good = inputs.resolve("good.txt");
    Files.writeString(good, "أعلنت وزارة الاقتصاد الرقمي عن إطلاق منصة جديدة للخدمات الإلكترونية لفائدة المقاولات الصغرى.\n");
    Path cp1256 = inputs.resolve("arabic-1256.txt");
    Files.write(cp1256, "وقعت الشركتان اتفاقية شراكة في مجال الأمن السيبراني بقيمة خمسة ملايين درهم.\n"
        .getBytes(Charset.forName("windows-1256")));
    Path binary = inputs.resolve("image.bin");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3, 0, 0, 7, 8, 0});
    Path empty = inputs.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    Path store = dir.resolve("store");

    CliRun run = CliRun.of("ingest", "--store", store.toString(), inputs.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("image.bin").contains("empty.txt").contains("skipped 2");
    assertThat(run.err().lines().filter(l -> l.contains("image.bin")).count()).isEqualTo(1);

    CliRun search = CliRun.of("search", "--store", store.toString(), "السيبراني");
    assertThat(search.status()).isZero();
    assertThat(search.out()).contains("1 articles match").contains("[السيبراني]");
  }

  @Test
  void searchOfMissingStoreSaysWhatToDo() {
    CliRun run = CliRun.of("search", "--store", dir.resolve("none").toString(), "x");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith("marsad: ").contains("marsad ingest");
  }
}

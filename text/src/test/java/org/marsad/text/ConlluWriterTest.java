package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConlluWriterTest {
  private static final String TEXT = "الخاصة لأوباما.";

  @Test
  void multiwordTokensForCliticSplits() {
    String out =
        new ConlluWriter(ConlluWriter.Style.MULTIWORD)
            .write("s", TEXT, SentenceSplitter.sentences(TEXT));
    assertThat(out)
        .isEqualTo(
            """
            # sent_id = s-1
            # text = الخاصة لأوباما.
            1	الخاصة	_	_	_	_	0	root	_	_
            2-3	لأوباما	_	_	_	_	_	_	_	SpaceAfter=No
            2	ل	_	ADP	_	_	1	dep	_	_
            3	أوباما	_	_	_	_	1	dep	_	_
            4	.	_	PUNCT	_	_	1	dep	_	_

            """);
  }

  @Test
  void splitStyleGluesCliticsWithSpaceAfterNo() {
    String out =
        new ConlluWriter(ConlluWriter.Style.SPLIT).write("s", TEXT, SentenceSplitter.sentences(TEXT));
    assertThat(out)
        .contains("2\tل\t_\tADP\t_\t_\t1\tdep\t_\tSpaceAfter=No\n")
        .contains("3\tأوباما\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No\n")
        .doesNotContain("2-3");
  }

  @Test
  void theArticleStaysWithItsNounAndKeepsItsSurface() {
    String text = "للسلطة";
    String out =
        new ConlluWriter(ConlluWriter.Style.MULTIWORD).write("s", text, SentenceSplitter.sentences(text));
    assertThat(out).contains("1-2\tللسلطة").contains("1\tل\t").contains("2\tلسلطة\t");
  }
}

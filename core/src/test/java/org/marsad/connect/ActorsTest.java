package org.marsad.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;

class ActorsTest {
  // "Saad Eddine El Othmani received the Spanish ambassador in Rabat. The government then met."
  static final String TEXT = "استقبل سعد الدين العثماني سفير إسبانيا في الرباط. ثم اجتمعت الحكومة.";

  static Article article() {
    return Article.builder("a1").text(TEXT).entities(List.of(
        new EntityMention("سعد الدين العثماني", "PERS", 7, 25, "pers:سعد_الدين_العثماني", "رئيس الحكومة"),
        new EntityMention("إسبانيا", "LOC", 31, 38, null, null),
        new EntityMention("الرباط", "LOC", 42, 48, "loc:الرباط", null),
        new EntityMention("الحكومة", "ORG", 60, 67, null, null)))
        .events(List.of(new Event("meeting", false, null, List.of(),
            List.of(new Event.Actor("pers:سعد_الدين_العثماني", "سعد الدين العثماني", "PERS", "رئيس الحكومة"),
                new Event.Actor("loc:إسبانيا", "إسبانيا", "LOC", null)),
            "loc:الرباط", null, null, null, List.of())))
        .build();
  }

  @Test
  void nodesAreCanonicalIdsElseTypeAndText() {
    assertThat(Actors.of(article())).containsExactlyInAnyOrder(
        "pers:سعد_الدين_العثماني", "loc:إسبانيا", "loc:الرباط", "org:الحكومة");
    assertThat(Actors.label("pers:سعد_الدين_العثماني")).isEqualTo("سعد الدين العثماني");
    assertThat(Actors.type("pers:سعد_الدين_العثماني")).isEqualTo("pers");
  }

  @Test
  void sentenceAndEventPairsAreListedOnceInOrder() {
    assertThat(Actors.closePairs(article())).containsExactly(
        "loc:إسبانيا\u001floc:الرباط\u001fs",
        "loc:إسبانيا\u001fpers:سعد_الدين_العثماني\u001fe",
        "loc:إسبانيا\u001fpers:سعد_الدين_العثماني\u001fs",
        "loc:الرباط\u001fpers:سعد_الدين_العثماني\u001fs");
  }
}

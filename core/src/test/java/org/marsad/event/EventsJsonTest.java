package org.marsad.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.topic.ThemesStage;

/** Themes and events written as JSON follow the published schema and read back the same. */
class EventsJsonTest {

  @Test
  void aRecordWithThemesAndEventsIsValidAndReadsBack() throws Exception {
    Article a = EventFinderSeedTest.seed004();
    a = new EventsStage().apply(new ThemesStage().apply(a));
    assertThat(a.events()).isNotEmpty();
    assertThat(a.themes()).isNotEmpty();
    String json = ArticleJson.write(a);
    JsonSchema schema;
    try (InputStream in = ArticleJson.class.getResourceAsStream("/marsad/article.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode node = ArticleJson.MAPPER.readTree(json);
    assertThat(schema.validate(node)).isEmpty();
    assertThat(node.at("/events/0/actors/0/role").asText()).isEqualTo("رئيس الحكومة");
    assertThat(ArticleJson.read(json)).isEqualTo(a);
  }
}

package org.marsad.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.model.Quote;

/**
 * The seeds through a pipeline with {@link EntitiesStage} and {@link QuotesStage}, over the names
 * a tagger should find ({@link SeedPhrases}): who they are, what their roles are, what they said.
 */
class EntitiesSeedsTest {
  static final String FEDERATION = "org:فيدرالية_تكنولوجيا_المعلومات_والاتصالات_وترحيل_الخدمات";

  @Test
  void seed004TheHeadOfGovernmentAndTheFederation() throws Exception {
    Article a = SeedPhrases.seed("004_");
    assertThat(a.entities()).filteredOn(e -> e.type().equals("PERS"))
        .extracting(EntityMention::text, EntityMention::canonical, EntityMention::role, EntityMention::roleOf)
        .containsExactly(
            tuple("سعد الدين العثماني", "pers:سعد_الدين_العثماني", "رئيس الحكومة", null),
            tuple("العثماني", "pers:سعد_الدين_العثماني", null, null),
            tuple("أمين زروق", "pers:امين_زروق",
                "رئيس فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات", FEDERATION),
            tuple("مهدي علوي", "pers:مهدي_علوي",
                "نائب رئيس فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات", FEDERATION),
            tuple("حاتم بنجلون", "pers:حاتم_بنجلون", "المكلف بالعلاقات العامة والخدمات", null),
            tuple("أمين زروق", "pers:امين_زروق", "رئيس الفيدرالية", FEDERATION),
            tuple("زروق", "pers:امين_زروق", null, null));
    assertThat(a.entities()).filteredOn(e -> !e.type().equals("PERS")).extracting(EntityMention::canonical)
        .containsOnly(FEDERATION, "org:وزاره_الصناعه_والتجاره_والاقتصاد_الاخضر_والرقمي",
            "org:رئاسه_الحكومه", "loc:المغرب");
    assertThat(a.quotes()).extracting(Quote::speakerCanonical)
        .containsExactly("pers:سعد_الدين_العثماني", "pers:سعد_الدين_العثماني", null, "pers:امين_زروق",
            "pers:امين_زروق", null, null);
    assertThat(a.quotes().get(0).text()).isEqualTo("قطاع تكنولوجيا المعلومات والاتصال وترحيل الخدمات يكتسي أهمية بالغة");
    assertThat(a.quotes().get(4).text()).startsWith("تلك الدراسات بينت").endsWith("التي تم فقدانها");
  }

  @Test
  void seed002AMisspeltNameIsTheSamePerson() throws Exception {
    Article a = SeedPhrases.seed("002_");
    assertThat(a.entities()).filteredOn(e -> e.text().endsWith("ماسالا"))
        .extracting(EntityMention::canonical).hasSize(3).containsOnly("pers:ليليان_ماسالا");
    assertThat(a.entities()).filteredOn(e -> e.role() != null)
        .extracting(EntityMention::text, EntityMention::role, EntityMention::roleOf)
        .containsExactly(
            tuple("ليليان ماسالا", "الكاتبة العامة لوزارة البريد والنهوض بالاقتصاد الرقمي بالغابون",
                "org:وزاره_البريد_والنهوض_بالاقتصاد_الرقمي"),
            tuple("العربي بوربعة", "الكاتب العام ل ( مغرب تصدير )", "org:مغرب_تصدير"),
            tuple("هشام أمدي", "رئيس جمعية الشركات التكنولوجية", "org:جمعيه_الشركات_التكنولوجيه"));
    assertThat(a.quotes()).extracting(Quote::speakerCanonical).containsExactly("pers:هشام_امدي",
        "pers:ليليان_ماسالا", "pers:ليليان_ماسالا", "pers:ليليان_ماسالا", "pers:ليليان_ماسالا",
        "pers:العربي_بوربعه");
  }

  @Test
  void seed000TheSecretaryGeneralSpeaksUnderHisTitle() throws Exception {
    Article a = SeedPhrases.seed("000_");
    assertThat(a.entities()).filteredOn(e -> e.type().equals("PERS"))
        .extracting(EntityMention::role, EntityMention::roleOf)
        .containsExactly(tuple("الأمين العام للاتحاد", "org:اتحاد_المغرب_العربي"));
    assertThat(a.entities()).filteredOn(e -> e.text().contains("اتحاد")).extracting(EntityMention::canonical)
        .hasSize(4).containsOnly("org:اتحاد_المغرب_العربي");
    assertThat(a.quotes()).hasSize(5).extracting(Quote::speakerCanonical).containsOnly("pers:الطيب_البكوش");
  }

  @Test
  void seed001TheAssistantSecretaryGeneral() throws Exception {
    Article a = SeedPhrases.seed("001_");
    assertThat(a.entities()).filteredOn(e -> e.role() != null)
        .extracting(EntityMention::text, EntityMention::roleOf)
        .containsExactly(tuple("عمرو طلعت", "loc:مصر"), tuple("كمال حسن على", "org:جامعة_الدول_العربية"),
            tuple("كمال حسن على", null), tuple("كمال حسن على", null));
    assertThat(a.entities()).filteredOn(e -> e.text().contains("وزراء")).extracting(EntityMention::canonical)
        .containsOnly("org:مجلس_الوزراء_العرب_للاتصالات_والمعلومات");
    assertThat(a.quotes()).hasSize(6).extracting(Quote::speakerCanonical).containsOnly("pers:كمال_حسن_علي");
  }

  @Test
  void seed003TheKingWithHisTitles() throws Exception {
    Article a = SeedPhrases.seed("003_");
    assertThat(a.entities()).filteredOn(e -> e.role() != null)
        .extracting(EntityMention::text, EntityMention::role).containsExactly(tuple("محمد السادس", "صاحب الجلالة الملك"));
    assertThat(a.quotes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000_", "001_", "002_", "003_", "004_"})
  void recordsAreValidAndReadBack(String seed) throws Exception {
    Article a = SeedPhrases.seed(seed);
    JsonSchema schema;
    try (InputStream in = ArticleJson.class.getResourceAsStream("/marsad/article.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    String json = ArticleJson.write(a);
    JsonNode node = ArticleJson.MAPPER.readTree(json);
    assertThat(schema.validate(node)).isEmpty();
    assertThat(node.get("entities").get(0).has("role_of")).isTrue();
    assertThat(ArticleJson.read(json)).isEqualTo(a);
    for (EntityMention e : a.entities()) assertThat(a.text().substring(e.start(), e.end())).isEqualTo(e.text());
    for (Quote q : a.quotes()) assertThat(a.text().substring(q.start(), q.end())).isEqualTo(q.text());
  }
}

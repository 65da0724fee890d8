package org.marsad.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.marsad.model.Article;

/**
 * The article record as JSON, one object per line: snake_case field names, every field present
 * (null or empty when not known). The schema is {@code marsad/article.schema.json} on the class
 * path, documented in docs/SCHEMA.md.
 */
public final class ArticleJson {
  private ArticleJson() {}

  /** Shared, thread-safe mapper with Marsad's settings. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  public static String write(Article article) {
    try {
      return MAPPER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("article " + article.id() + " cannot be written as JSON", e);
    }
  }

  public static Article read(String json) {
    try {
      return MAPPER.readValue(json, Article.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an article record: " + e.getOriginalMessage(), e);
    }
  }
}

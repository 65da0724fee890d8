package org.marsad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One news article as Marsad understands it: the contract every stage fills in and every store,
 * export and API returns. Immutable; a stage returns a new record through {@link #toBuilder()}.
 *
 * <p>All offsets in the nested records are UTF-16 code-unit indices into {@link #text()}, the clean
 * main text with its original characters (see docs/SCHEMA.md).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({
  "id", "source", "url", "title", "published", "language", "byline", "dateline", "text",
  "boilerplate", "entities", "dates", "amounts", "quotes", "topics", "themes", "events",
  "duplicate_of", "story", "origin", "format", "content_hash"
})
public record Article(
    String id,
    String source,
    String url,
    String title,
    String published,
    String language,
    String byline,
    String dateline,
    String text,
    List<Boilerplate> boilerplate,
    List<EntityMention> entities,
    List<DateMention> dates,
    List<Amount> amounts,
    List<Quote> quotes,
    List<Topic> topics,
    List<Theme> themes,
    List<Event> events,
    String duplicateOf,
    String story,
    String origin,
    String format,
    String contentHash) {

  public Article {
    if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is required");
    text = text == null ? "" : text;
    boilerplate = List.copyOf(boilerplate == null ? List.of() : boilerplate);
    entities = List.copyOf(entities == null ? List.of() : entities);
    dates = List.copyOf(dates == null ? List.of() : dates);
    amounts = List.copyOf(amounts == null ? List.of() : amounts);
    quotes = List.copyOf(quotes == null ? List.of() : quotes);
    topics = List.copyOf(topics == null ? List.of() : topics);
    themes = List.copyOf(themes == null ? List.of() : themes);
    events = List.copyOf(events == null ? List.of() : events);
  }

  public static Builder builder(String id) {
    return new Builder().id(id);
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id).source(source).url(url).title(title).published(published).language(language)
        .byline(byline).dateline(dateline).text(text).boilerplate(boilerplate).entities(entities)
        .dates(dates).amounts(amounts).quotes(quotes).topics(topics).themes(themes).events(events)
        .duplicateOf(duplicateOf).story(story).origin(origin).format(format)
        .contentHash(contentHash);
  }

  /** Builder for the many optional parts of an article. */
  public static final class Builder {
    private String id, source, url, title, published, language, byline, dateline, text;
    private List<Boilerplate> boilerplate = List.of();
    private List<EntityMention> entities = List.of();
    private List<DateMention> dates = List.of();
    private List<Amount> amounts = List.of();
    private List<Quote> quotes = List.of();
    private List<Topic> topics = List.of();
    private List<Theme> themes = List.of();
    private List<Event> events = List.of();
    private String duplicateOf, story, origin, format, contentHash;

    public Builder id(String v) { id = v; return this; }
    public Builder source(String v) { source = v; return this; }
    public Builder url(String v) { url = v; return this; }
    public Builder title(String v) { title = v; return this; }
    public Builder published(String v) { published = v; return this; }
    public Builder language(String v) { language = v; return this; }
    public Builder byline(String v) { byline = v; return this; }
    public Builder dateline(String v) { dateline = v; return this; }
    public Builder text(String v) { text = v; return this; }
    public Builder boilerplate(List<Boilerplate> v) { boilerplate = v; return this; }
    public Builder entities(List<EntityMention> v) { entities = v; return this; }
    public Builder dates(List<DateMention> v) { dates = v; return this; }
    public Builder amounts(List<Amount> v) { amounts = v; return this; }
    public Builder quotes(List<Quote> v) { quotes = v; return this; }
    public Builder topics(List<Topic> v) { topics = v; return this; }
    public Builder themes(List<Theme> v) { themes = v; return this; }
    public Builder events(List<Event> v) { events = v; return this; }
    public Builder duplicateOf(String v) { duplicateOf = v; return this; }
    public Builder story(String v) { story = v; return this; }
    public Builder origin(String v) { origin = v; return this; }
    public Builder format(String v) { format = v; return this; }
    public Builder contentHash(String v) { contentHash = v; return this; }

    public Article build() {
      return new Article(id, source, url, title, published, language, byline, dateline, text,
          boilerplate, entities, dates, amounts, quotes, topics, themes, events, duplicateOf, story,
          origin, format, contentHash);
    }
  }
}

package org.marsad.extract;

import java.util.List;
import org.marsad.model.Boilerplate;

/**
 * What the extract stage read from a page: the clean main text and the page's metadata.
 *
 * @param title the article's own title, once, or null
 * @param text the main text: body paragraphs separated by a blank line ({@code "\n\n"}),
 *     original characters kept
 * @param published ISO 8601 date or date-time, or null (never after the fetch time)
 * @param byline the agency or author line ("و م ع", MAP), or null
 * @param dateline the place a dateline gives ("الرباط"), or null
 * @param language BCP 47 language the page declares, or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param boilerplate what was removed, each with its reason
 */
public record Extraction(
    String title,
    String text,
    String published,
    String byline,
    String dateline,
    String language,
    String canonicalUrl,
    List<Boilerplate> boilerplate) {
  public Extraction {
    text = text == null ? "" : text;
    boilerplate = List.copyOf(boilerplate == null ? List.of() : boilerplate);
  }
}

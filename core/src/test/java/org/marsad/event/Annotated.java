package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Amount;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.EntityMention;
import org.marsad.model.Quote;

/**
 * A sentence with its mentions marked inline, read into an article: {@code [ناصر بوريطة|PERS]}
 * (with an optional canonical id and role: {@code [العثماني|PERS|سعد الدين العثماني|رئيس
 * الحكومة]}), {@code {اليوم الثلاثاء|2021-03-02}} for a resolved date, and {@code <<words|speaker
 * id>>} for a quotation, {@code ((550 مليون يورو|5.5E8|EUR))} for a sum of money.
 */
final class Annotated {
  private Annotated() {}

  static Article article(String marked) {
    StringBuilder text = new StringBuilder();
    List<EntityMention> entities = new ArrayList<>();
    List<DateMention> dates = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    int i = 0;
    int quoteStart = -1;
    while (i < marked.length()) {
      char c = marked.charAt(i);
      if (marked.startsWith("<<", i)) { // a quotation, which may hold other marks
        quoteStart = text.length();
        i += 2;
      } else if (c == '|' && quoteStart >= 0) { // its speaker, up to >>
        int end = marked.indexOf(">>", i);
        String speaker = marked.substring(i + 1, end);
        quotes.add(
            new Quote(text.substring(quoteStart), quoteStart, text.length(), speaker, speaker));
        quoteStart = -1;
        i = end + 2;
      } else if (c == '[' || c == '{' || marked.startsWith("((", i)) {
        String close = c == '[' ? "]" : c == '{' ? "}" : "))";
        int open = c == '(' ? 2 : 1;
        int end = marked.indexOf(close, i);
        String[] f = marked.substring(i + open, end).split("\\|");
        int start = text.length();
        text.append(f[0]);
        if (c == '[') {
          entities.add(
              new EntityMention(
                  f[0],
                  f[1],
                  start,
                  text.length(),
                  f.length > 2 && !f[2].isEmpty() ? f[2] : f[0],
                  f.length > 3 ? f[3] : null));
        } else if (c == '{') {
          dates.add(new DateMention(f[0], f[1], start, text.length(), false));
        } else {
          amounts.add(new Amount(f[0], Double.parseDouble(f[1]), f[2], start, text.length()));
        }
        i = end + close.length();
      } else {
        text.append(c);
        i++;
      }
    }
    return Article.builder("test")
        .text(text.toString())
        .entities(entities)
        .dates(dates)
        .quotes(quotes)
        .amounts(amounts)
        .build();
  }
}

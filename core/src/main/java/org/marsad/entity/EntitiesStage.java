package org.marsad.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.EntityMention;
import org.marsad.pipeline.Stage;

/**
 * Fills {@link Article#entities()}: the finder's mentions, titles moved out of persons' spans,
 * resolved to canonical ids ({@link EntityResolver}), then with their roles ({@link Roles}).
 * Resolution comes before roles so that a role's body is linked by its canonical id.
 *
 * <p>The finder's output is checked: mentions out of the text fail fast (a bug in the finder);
 * overlapping mentions keep the longer; a mention's text is taken from the article.
 */
public final class EntitiesStage implements Stage {
  private final MentionFinder finder;
  private final Roles roles;
  private final EntityResolver resolver;

  public EntitiesStage(MentionFinder finder) {
    this(finder, Roles.standard(), EntityResolver.standard());
  }

  public EntitiesStage(MentionFinder finder, Roles roles, EntityResolver resolver) {
    this.finder = finder;
    this.roles = roles;
    this.resolver = resolver;
  }

  @Override
  public Article apply(Article article) {
    String text = article.text();
    if (text.isBlank()) return article;
    List<EntityMention> mentions = clean(text, finder.find(text));
    mentions = roles.trimTitles(text, mentions);
    mentions = resolver.resolve(mentions);
    mentions = roles.attach(text, mentions);
    return article.toBuilder().entities(mentions).build();
  }

  static List<EntityMention> clean(String text, List<EntityMention> found) {
    List<EntityMention> sorted = new ArrayList<>(found);
    for (EntityMention e : sorted) {
      if (e.start() < 0 || e.end() > text.length() || e.start() >= e.end()) {
        throw new IllegalStateException(
            "mention " + e + " is outside the text of " + text.length() + " chars");
      }
    }
    sorted.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(e -> -e.end()));
    List<EntityMention> out = new ArrayList<>(sorted.size());
    int end = -1;
    for (EntityMention e : sorted) {
      if (e.start() < end) continue; // overlaps a longer one that starts no later
      out.add(new EntityMention(text.substring(e.start(), e.end()), e.type(), e.start(), e.end(),
          e.canonical(), e.role(), e.roleOf()));
      end = e.end();
    }
    return out;
  }
}

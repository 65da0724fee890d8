package org.marsad.alert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;
import org.marsad.watch.WatchState;
import org.marsad.watch.Watcher;

/**
 * Alerts while watching: each article stored for the first time is matched against the saved
 * searches ({@link AlertMatcher}); each match is recorded in the watch state, and after the next
 * commit its search's Atom feed is rewritten and its webhook called. The saved searches are read
 * again at each {@link #reload()}, so searches added while the watch runs count from the next
 * round.
 */
public final class AlertService implements Watcher.ArticleHook {
  static final String MATCH = "match";
  /** Entries in an alert's Atom feed. */
  static final int FEED_ENTRIES = 100;

  private final Path storeDir;
  private final WatchState state;
  private final Webhooks webhooks;
  private final SavedSearches saved;
  private volatile AlertMatcher matcher = new AlertMatcher(List.of());
  private volatile List<SavedSearch> loaded = List.of();
  /** Matches since the last commit, by search. */
  private final Map<String, List<Match>> pending = new LinkedHashMap<>();

  public AlertService(Path storeDir, WatchState state, Webhooks webhooks) {
    this.storeDir = storeDir;
    this.state = state;
    this.webhooks = webhooks;
    this.saved = new SavedSearches(storeDir);
  }

  /** Reads the saved searches again; rebuilds the matcher when they changed. */
  public void reload() throws IOException {
    List<SavedSearch> now = saved.list();
    if (!now.equals(loaded)) {
      matcher = new AlertMatcher(now);
      loaded = now;
    }
  }

  public int searches() {
    return matcher.size();
  }

  @Override
  public void stored(Article article) throws IOException {
    List<SavedSearch> hits = matcher.match(article);
    if (hits.isEmpty()) return;
    long now = System.currentTimeMillis();
    for (SavedSearch s : hits) {
      Match m = new Match(s.id(), article.id(), article.title(), article.url(), article.source(),
          article.published(), summary(article.text()), now);
      state.put(MATCH, s.id() + ":" + article.id(), m, s.id(), null, now);
      synchronized (pending) {
        pending.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(m);
      }
    }
  }

  @Override
  public void committed() throws IOException {
    Map<String, List<Match>> done;
    synchronized (pending) {
      if (pending.isEmpty()) return;
      done = new LinkedHashMap<>(pending);
      pending.clear();
    }
    long now = System.currentTimeMillis();
    for (SavedSearch s : loaded) {
      List<Match> fresh = done.get(s.id());
      if (fresh == null) continue;
      AtomFeed.write(storeDir, s, matches(state, s.id()), now);
      if (webhooks != null) for (Match m : fresh) webhooks.send(s, m);
    }
  }

  /** A search's latest matches, newest first. */
  public static List<Match> matches(WatchState state, String searchId) throws IOException {
    return state.group(MATCH, searchId, FEED_ENTRIES, Match.class);
  }

  /** Forgets a removed search's matches. */
  public static void forget(WatchState state, String searchId) throws IOException {
    state.removeGroup(MATCH, searchId);
  }

  private static String summary(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + " …" : flat;
  }
}

package org.marsad.alert;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A saved search's matches as an Atom 1.0 feed (RFC 4287), so analysts follow it in any feed
 * reader: {@code DIR/alerts/ID.atom}, newest matches first, rewritten after each commit that adds
 * one. Ids are stable URNs ({@code urn:marsad:alert:ID}, {@code urn:marsad:article:ID}), so a
 * reader shows each match once.
 */
public final class AtomFeed {
  private AtomFeed() {}

  public static Path file(Path storeDir, String searchId) {
    return storeDir.resolve("alerts").resolve(searchId + ".atom");
  }

  public static String render(SavedSearch search, List<Match> matches, long now) {
    Feed feed = new Feed("atom_1.0");
    feed.setId("urn:marsad:alert:" + search.id());
    feed.setTitle("Marsad alert: " + search.name());
    feed.setSubtitle(text(search.describe()));
    long updated = matches.isEmpty() ? search.created() : matches.get(0).at();
    feed.setUpdated(new Date(updated > 0 ? updated : now));
    Person marsad = new Person();
    marsad.setName("Marsad");
    feed.setAuthors(List.of(marsad));
    feed.setGenerator(null);
    List<Entry> entries = new ArrayList<>();
    for (Match m : matches) {
      Entry e = new Entry();
      e.setId("urn:marsad:article:" + m.article());
      e.setTitle(m.title() == null || m.title().isBlank() ? m.article() : m.title());
      e.setUpdated(new Date(m.at()));
      if (m.url() != null) {
        Link link = new Link();
        link.setRel("alternate");
        link.setHref(m.url());
        e.setAlternateLinks(List.of(link));
      }
      if (m.summary() != null) e.setSummary(text(m.summary()));
      if (m.source() != null) {
        Person source = new Person();
        source.setName(m.source());
        e.setAuthors(List.of(source));
      }
      entries.add(e);
    }
    feed.setEntries(entries);
    try {
      return new WireFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the Atom feed of " + search.id(), e);
    }
  }

  /** Writes the feed atomically: a reader never sees half a file. */
  public static void write(Path storeDir, SavedSearch search, List<Match> matches, long now)
      throws IOException {
    Path file = file(storeDir, search.id());
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, render(search, matches, now), StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static Content text(String value) {
    Content c = new Content();
    c.setType(Content.TEXT);
    c.setValue(value);
    return c;
  }
}

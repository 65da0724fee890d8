package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.PhraseMatcher;

/**
 * The words {@link EventFinder} reads: triggers by event type ({@code marsad/event/triggers.tsv})
 * and the cues around them ({@code marsad/event/cues.tsv}), both data a user can extend
 * (docs/EVENTS.md).
 */
public final class EventLexicon {
  /** The type of a trigger that claims its words for no event (إطلاق النار, "gunfire"). */
  static final String NONE = "-";

  /** The kinds of cue, as {@code cues.tsv} names them. */
  enum Cue {
    BOUNDARY("boundary"),
    RELATIVE("relative"),
    SOFT("soft"),
    INTENT("intent"),
    INTENT_AFTER("intent-after"),
    ANAPHOR("anaphor"),
    ANAPHOR_AFTER("anaphor-after"),
    SOURCE("source"),
    TITLE("title"),
    TOPIC("topic"),
    TOPIC_HEAD("topic-head"),
    QUANTITY("quantity"),
    PLACE_NOUN("place-noun"),
    NON_PLACE("non-place"),
    NOT_LAUNCH("not-launch");

    final String name;

    Cue(String name) {
      this.name = name;
    }

    static Cue named(String name) {
      for (Cue c : values()) if (c.name.equals(name)) return c;
      return null;
    }
  }

  private static final class Holder {
    static final EventLexicon STANDARD = standardWith(null, null);
  }

  /**
   * A trigger's event type, whether it counts only beside a sum of money, and whether it is a verb
   * (which never carries a preposition or the article).
   */
  record Trigger(String type, boolean needsAmount, boolean verb) {}

  final PhraseMatcher<Trigger> triggers;
  final PhraseMatcher<Cue> cues;
  private final Set<String> types;

  private EventLexicon(
      PhraseMatcher<Trigger> triggers, PhraseMatcher<Cue> cues, Set<String> types) {
    this.triggers = triggers;
    this.cues = cues;
    this.types = types;
  }

  /** The lexicon shipped with Marsad. */
  public static EventLexicon standard() {
    return Holder.STANDARD;
  }

  /**
   * The shipped lexicon with the user's extra triggers and cues (either may be null).
   *
   * @throws IllegalArgumentException naming the file and line of a malformed record
   */
  public static EventLexicon standard(Path extraTriggers, Path extraCues) {
    return standardWith(extraTriggers, extraCues);
  }

  /** The event types the lexicon knows. */
  public Set<String> types() {
    return types;
  }

  private static EventLexicon standardWith(Path extraTriggers, Path extraCues) {
    List<String[]> triggerLines = new ArrayList<>();
    List<String[]> cueLines = new ArrayList<>();
    try {
      read("/marsad/event/triggers.tsv", resource("/marsad/event/triggers.tsv"), triggerLines);
      read("/marsad/event/cues.tsv", resource("/marsad/event/cues.tsv"), cueLines);
      if (extraTriggers != null) {
        read(extraTriggers.toString(), Files.newBufferedReader(extraTriggers), triggerLines);
      }
      if (extraCues != null)
        read(extraCues.toString(), Files.newBufferedReader(extraCues), cueLines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PhraseMatcher.Builder<Trigger> t = PhraseMatcher.builder();
    java.util.TreeSet<String> types = new java.util.TreeSet<>();
    for (String[] l : triggerLines) {
      String needs = l.length > 3 ? l[3] : "";
      if (!needs.isEmpty() && !needs.equals("amount") && !needs.equals("verb")) {
        throw new IllegalArgumentException(l[0] + "unknown need '" + needs + "' (amount or verb)");
      }
      t.add(l[2], new Trigger(l[1], needs.equals("amount"), needs.equals("verb")));
      if (!l[1].equals(NONE)) types.add(l[1]);
    }
    PhraseMatcher.Builder<Cue> c = PhraseMatcher.builder();
    for (String[] l : cueLines) {
      Cue cue = Cue.named(l[1]);
      if (cue == null) {
        throw new IllegalArgumentException(
            l[0] + "unknown cue kind '" + l[1] + "' (see the file's header)");
      }
      c.add(l[2], cue);
    }
    return new EventLexicon(t.build(), c.build(), java.util.Collections.unmodifiableSet(types));
  }

  private static Reader resource(String name) {
    InputStream in = EventLexicon.class.getResourceAsStream(name);
    if (in == null) throw new IllegalStateException(name + " is missing from the class path");
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** Reads {@code kind <TAB> phrase [<TAB> more]} lines as {where, kind, phrase[, more]}. */
  private static void read(String name, Reader reader, List<String[]> out) throws IOException {
    try (BufferedReader in = new BufferedReader(reader)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        String where = name + ":" + number + ": ";
        if (f.length < 2 || f[0].isBlank() || f[1].isBlank()) {
          throw new IllegalArgumentException(where + "expected: type <TAB> word or phrase");
        }
        out.add(
            f.length > 2 && !f[2].isBlank()
                ? new String[] {where, f[0].strip(), f[1].strip(), f[2].strip()}
                : new String[] {where, f[0].strip(), f[1].strip()});
      }
    }
  }
}

package org.marsad.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.EntityMention;
import org.marsad.model.Event;
import org.marsad.model.Quote;
import org.marsad.model.Span;
import org.marsad.text.PhraseMatcher;
import org.marsad.text.PhraseMatcher.Match;
import org.marsad.text.Segment;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;

/**
 * Reads typed event frames from an article whose entities, dates, amounts and quotes are already
 * found: a rule-based reader over one sentence at a time, with the trigger and cue words as data
 * ({@link EventLexicon}). docs/EVENTS.md shows the frame and the seeds.
 *
 * <p><b>Triggers.</b> Each sentence is searched for trigger words (استقبال "reception", ورشة
 * "workshop", شراكة "partnership", ...); the longest wins its words, and a trigger inside an
 * entity's name (الشراكة الجديدة لتنمية إفريقيا, NEPAD) is no trigger. A trigger the lexicon marks
 * {@code amount} (الاستثمار, التمويل) counts only with a sum of money in its clause ({@link
 * Article#amounts()}): alone it names the idea. One marked {@code verb} never carries a preposition
 * or the article (بحثت "searched" is no حثت "urged"). A launch of missiles, fire or a name (أطلقت
 * 105 صواريخ) is no launch.
 *
 * <p><b>Clauses.</b> A sentence is cut into clauses at the words that open reported content (أن،
 * إن، مشيرا، ":") or a relative clause (الذي، التي), and, softly, at حيث ("whereby") and كما
 * ("also"); nothing opens inside parentheses. A relative clause set off by commas gives back to the
 * clause it interrupts ("لقاء ...، والذين يقومون بزيارة ...، بحث سبل", a meeting ..., whose members
 * are on a visit ..., discussed ways). A trigger's frame is its clause: in "أوضح بلاغ لرئاسة
 * الحكومة أن العثماني قال خلال استقباله ..." (a communiqué of the head of government's office said
 * that El Othmani said, while receiving ...) the communiqué's author is not at the meeting.
 *
 * <p><b>Actors</b> are the persons, organisations and places named in the trigger's clause within
 * {@value #WINDOW} words of it (a long list names other things), or, when it names none and opened
 * softly, anywhere in the clause before ("البكوش ... حيث أشرف على تنظيم ورشة", El Bakkouch ...
 * whereby he organised a workshop). Not actors:
 *
 * <ul>
 *   <li>a name inside a person's title, that person's affiliation (الكاتبة العامة لوزارة البريد ...
 *       بالغابون ليليان ماسالا: the ministry and Gabon belong to Massala's title);
 *   <li>an organisation cited as the news's source (بلاغ لرئاسة الحكومة, نقلت وكالة ..., a
 *       newspaper), unless the source word is the trigger itself (في بيان للوزارة);
 *   <li>a name inside a quotation the trigger is not in, and a wire story's dateline;
 *   <li>for a statement, a name more than a few words after the trigger or after a preposition: a
 *       statement has one author ("نشرت الوزارة بيانا أعلنت فيه عن فرض عقوبات على الوزير" names a
 *       target);
 *   <li>a place that is not a party: a place acts only at the head of its clause, after two words
 *       at most (أكد المغرب والغابون, Morocco and Gabon affirmed), joined by و to such a place, or
 *       after بين or مع ("between", "with"); في المغرب ("in Morocco") is where something happens,
 *       تنمية المغرب ("Morocco's development") a complement.
 * </ul>
 *
 * Each actor carries its role: the mention's own, else one another mention of the same entity
 * gives.
 *
 * <p><b>Place</b>: a place within {@value #WINDOW} words, governed by في or ب ("in", "at"; for a
 * visit also ل and إلى, "to"; not ب after الخاصة "relating to" and the like), directly or through a
 * place noun (بالعاصمة اللبنانية بيروت), in the clause, else in the sentence outside other clauses
 * of reported content; else the place of the article's lead when it stands by the lead's date ("أمس
 * الثلاثاء بليبروفيل", yesterday, Tuesday, in Libreville); else the article's dateline.
 *
 * <p><b>Date</b>: a resolved date in a relative clause right after the trigger (الاجتماع الذي عقد
 * في 23 مايو, the meeting held on 23 May), else in the clause, else in the sentence, the nearest to
 * the trigger, never one inside a quotation the trigger is not in nor in another clause of reported
 * content ("أصدر المركز بيانا ... مشيرا إلى أن التحري سيكون يوم السبت" dates the sighting, not the
 * statement); else one in the sentence before, in the same paragraph; else the first date of the
 * article's lead paragraph: news tells when in its first lines.
 *
 * <p><b>Intended</b>: a date after the article's publication (a planned event); an intent word
 * before the trigger in its clause with no punctuation between (إرادة "will", سبل "ways to", مشروع
 * "draft", دعا "called for", من المتوقع "expected", إذا "if"); the future prefix س within ten words
 * before it with no punctuation between (ستطلق الوكالة منصة, the agency will launch a platform); or
 * المقبل ("next") just after it.
 *
 * <p><b>One event, several mentions.</b> A mention joins an earlier event instead of opening one
 * (its trigger is added to {@link Event#mentions()}, its actors to the event's, and a place or date
 * only when within {@value #NEAR} words of it: "هذا اللقاء يوم الثلاثاء") when:
 *
 * <ul>
 *   <li>it is in the same clause with the same type (بزيارة ... في إطار بعثة أعمال, on a visit ...
 *       as a business mission);
 *   <li>it points back (هذا اللقاء "this meeting", هذه الورشة): to the latest event of its type,
 *       where a meeting, workshop or conference may point back to any of the three ("وشارك في هذا
 *       الاجتماع", took part in this meeting, after a workshop);
 *   <li>it is definite and names no actor of its own (يشار أن ورشة العمل ..., the workshop ...): to
 *       the latest anchored event of its type;
 *   <li>it is not anchored (below): to the latest event of its type, the subject of the talk;
 *   <li>its actors overlap those of an earlier event of its type, with no conflicting date; a
 *       mention dated right beside its trigger ("الاجتماع (39) ... (شرم الشيخ: 3/6/2021)") is
 *       another occurrence unless the event has that very date.
 * </ul>
 *
 * Pointing back and unanchored mentions prefer an anchored event. A mention is <i>anchored</i> when
 * it has an actor, a date in its clause or, for a gathering or a visit, a place in its clause. An
 * event none of whose mentions is anchored is dropped: الاستثمار في المغرب ("investment in
 * Morocco") in general talk is no event.
 *
 * <p><b>Subject</b>: the words after a topic cue (حول "about", بحث "discussed", تحت شعار "under the
 * slogan"), or a topic noun with its quantity (جملة من المقترحات, a set of proposals), up to the
 * next punctuation or clause, after a mention's trigger in its clause; else in the following
 * sentences that name one of its actors, up to the next sentence that mentions another event. A
 * subject goes to the first event that reaches it ("لقاء ... بزيارة ... بحث سبل", a meeting ... on
 * a visit ... discussed ways: the ways are the meeting's).
 *
 * <p><b>Quotes</b>: a quotation whose speaker is an actor goes to the nearest event before it with
 * that actor, else the nearest after it.
 *
 * <p>Thread-safe; the lexicon is read once.
 */
public final class EventFinder {
  private static final Set<String> GATHERINGS = Set.of("meeting", "workshop", "conference");
  private static final Set<String> ACTOR_PREPOSITIONS = Set.of("بين", "مع");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "في", "ب", "ل", "ك", "الي", "من", "عن", "علي", "نحو", "داخل", "خارج", "بين", "مع", "لدي",
          "عبر", "حتي", "منذ", "تجاه", "ضد");
  private static final int INTENT_WINDOW = 8;
  private static final int TITLE_WINDOW = 12;
  private static final int SUBJECT_WORDS = 15;
  private static final int NEAR = 8;
  private static final int WINDOW = 20;

  private final EventLexicon lexicon;

  public EventFinder() {
    this(EventLexicon.standard());
  }

  public EventFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The events of an article, in the order of their first mention. */
  public List<Event> find(Article article) {
    if (article.text().isBlank()) return List.of();
    return new Reading(article).events();
  }

  // ---------------------------------------------------------------------------------------------

  /** What one article gives: its sentences read once, then the events. */
  private final class Reading {
    final Article article;
    final String text;
    final List<View> sentences = new ArrayList<>();
    final List<EntityMention> entities;
    final List<DateMention> dates;
    final List<Integer> paragraphStarts = new ArrayList<>();
    final Map<String, String> roles = new HashMap<>();

    Reading(Article article) {
      this.article = article;
      this.text = article.text();
      entities =
          article.entities().stream()
              .filter(e -> e.start() >= 0 && e.end() <= text.length() && e.start() < e.end())
              .sorted(Comparator.comparingInt(EntityMention::start))
              .toList();
      dates =
          article.dates().stream()
              .filter(d -> d.value() != null && !d.value().isBlank())
              .filter(d -> d.start() >= 0 && d.end() <= text.length())
              .sorted(Comparator.comparingInt(DateMention::start))
              .toList();
      for (EntityMention e : entities) {
        if (e.role() != null && !e.role().isBlank()) roles.putIfAbsent(id(e), e.role());
      }
      paragraphStarts.add(0);
      for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
        paragraphStarts.add(i + 2);
      }
      List<Sentence> split = SentenceSplitter.sentences(text);
      for (int i = 0; i < split.size(); i++) sentences.add(new View(this, i, split.get(i)));
    }

    int paragraph(int offset) {
      int p = 0;
      while (p + 1 < paragraphStarts.size() && paragraphStarts.get(p + 1) <= offset) p++;
      return p;
    }

    List<Event> events() {
      List<Draft> drafts = new ArrayList<>();
      for (View s : sentences) {
        for (Mention m : s.mentions()) absorbOrOpen(drafts, m);
      }
      drafts.removeIf(d -> !d.anchored);
      Set<Integer> subjects = new java.util.HashSet<>();
      for (Draft d : drafts) complete(d, drafts, subjects);
      linkQuotes(drafts);
      List<Event> out = new ArrayList<>();
      for (Draft d : drafts) out.add(d.event(article.published()));
      return out;
    }

    /** Joins a mention to an event it continues, or opens a new one (see the class comment). */
    private void absorbOrOpen(List<Draft> drafts, Mention m) {
      Draft target =
          latest(drafts, d -> d.type.equals(m.type) && d.clauses.contains(m.clauseKey()));
      if (target == null && m.anaphoric) {
        java.util.function.Predicate<Draft> kin =
            d ->
                d.type.equals(m.type) || GATHERINGS.contains(d.type) && GATHERINGS.contains(m.type);
        target = latest(drafts, d -> d.anchored && kin.test(d));
        if (target == null) target = latest(drafts, kin);
      }
      if (target == null && m.definite && m.actors.isEmpty()) { // "يشار أن ورشة العمل ..."
        target = latest(drafts, d -> d.anchored && d.type.equals(m.type));
      }
      if (target == null && !m.anchored()) {
        target = latest(drafts, d -> d.anchored && d.type.equals(m.type));
        if (target == null) target = latest(drafts, d -> d.type.equals(m.type));
      }
      if (target == null) {
        target =
            latest(drafts, d -> d.type.equals(m.type) && overlaps(d, m) && compatibleDate(d, m));
      }
      if (target == null) drafts.add(new Draft(m));
      else target.absorb(m);
    }

    private static Draft latest(List<Draft> drafts, java.util.function.Predicate<Draft> test) {
      for (int i = drafts.size() - 1; i >= 0; i--)
        if (test.test(drafts.get(i))) return drafts.get(i);
      return null;
    }

    private boolean overlaps(Draft d, Mention m) {
      for (String id : m.actors.keySet()) if (d.actors.containsKey(id)) return true;
      return false;
    }

    /** A mention dated right beside it is another occurrence unless the event has that date. */
    private boolean compatibleDate(Draft d, Mention m) {
      if (m.dateNear) return m.date.value().equals(d.date);
      return d.date == null || m.date == null || d.date.equals(m.date.value());
    }

    /** Fills what the mentions left open: place, date, subject. */
    private void complete(Draft d, List<Draft> drafts, Set<Integer> subjects) {
      View first = sentences.get(d.sentence);
      if (d.place == null) d.place = leadPlace(first);
      if (d.date == null) d.date = dateBefore(first);
      d.subject = subject(d, drafts, subjects);
      if (d.subject != null) subjects.add(d.subject.start());
    }

    /** A date of the sentence before in the same paragraph, else the lead paragraph's first. */
    private String dateBefore(View s) {
      if (s.index > 0) {
        View previous = sentences.get(s.index - 1);
        if (paragraph(previous.sentence.start()) == paragraph(s.sentence.start())) {
          DateMention last = null;
          for (DateMention dm : dates) {
            if (dm.start() >= previous.sentence.start() && dm.end() <= previous.sentence.end())
              last = dm;
          }
          if (last != null) return last.value();
        }
      }
      for (DateMention dm : dates) {
        if (paragraph(dm.start()) != 0 || dm.start() >= s.sentence.start()) break;
        return dm.value();
      }
      return null;
    }

    /** The lead's place when it stands by the lead's date, else the article's dateline. */
    private String leadPlace(View s) {
      if (!sentences.isEmpty() && s.index > 0) {
        View lead = sentences.get(0);
        for (EntityMention e : entities) {
          if (e.start() >= lead.sentence.end()) break;
          if (!isPlace(e) || lead.inAffiliation(e)) continue;
          String prep = lead.preposition(e);
          if (!"ب".equals(prep) && !"في".equals(prep)) continue;
          int t = lead.tokenAt(e.start());
          for (DateMention dm : dates) {
            if (dm.start() >= lead.sentence.end()) break;
            if (dm.start() < lead.sentence.start()) continue;
            int dt = lead.tokenAt(dm.start());
            int de = lead.tokenAt(Math.max(dm.start(), dm.end() - 1));
            if (Math.abs(t - de) <= 3 || Math.abs(dt - t) <= 3) return id(e);
          }
        }
      }
      String dateline = article.dateline();
      return dateline == null || dateline.isBlank() ? null : dateline.strip();
    }

    /** The event's subject; one the events before it took is not taken again. */
    private Span subject(Draft d, List<Draft> drafts, Set<Integer> taken) {
      for (int k = 0; k < d.triggers.size(); k++) {
        View s = sentences.get(d.triggerSentences.get(k));
        int after = s.tokenAt(d.triggers.get(k).end() - 1) + 1;
        Span found = s.subjectAfter(after, s.clauseOf[after - 1], taken);
        if (found != null) return found;
      }
      int next = sentences.size();
      for (Draft other : drafts) {
        if (other == d) continue;
        for (int i : other.triggerSentences) if (i > d.sentence) next = Math.min(next, i);
      }
      for (int i = d.sentence + 1; i < next; i++) {
        View s = sentences.get(i);
        if (!s.names(d.actors.keySet())) continue;
        Span found = s.subjectAfter(0, -1, taken);
        if (found != null) return found;
      }
      return null;
    }

    private void linkQuotes(List<Draft> drafts) {
      for (Quote q : article.quotes()) {
        String speaker = q.speakerCanonical() != null ? q.speakerCanonical() : q.speaker();
        if (speaker == null || q.start() < 0 || q.end() > text.length()) continue;
        Draft before = null, after = null;
        for (Draft d : drafts) {
          if (!d.actors.containsKey(speaker)) continue;
          if (d.triggers.get(0).start() <= q.start()) before = d;
          else if (after == null) after = d;
        }
        Draft target = before != null ? before : after;
        if (target != null)
          target.quotes.add(new Span(q.start(), q.end(), text.substring(q.start(), q.end())));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** One sentence: its tokens, cues, clauses and the stretches that are persons' titles. */
  private final class View {
    final Reading reading;
    final int index;
    final Sentence sentence;
    final List<Token> tokens;
    final List<Match<EventLexicon.Cue>> cues;
    final List<Match<EventLexicon.Trigger>> triggerMatches;
    final int[] clauseOf;

    /** The first token of each clause; a clause a relative clause interrupts goes on after it. */
    final List<Integer> clauses = new ArrayList<>();

    final List<Boolean> softClause = new ArrayList<>();

    /** Whether a clause is reported content (after أن، إن، مشيرا، ":"): its dates are its own. */
    final List<Boolean> reported = new ArrayList<>();

    final List<int[]> affiliations = new ArrayList<>();
    final List<EntityMention> entities = new ArrayList<>();

    View(Reading reading, int index, Sentence sentence) {
      this.reading = reading;
      this.index = index;
      this.sentence = sentence;
      this.tokens = sentence.tokens();
      this.cues = lexicon.cues.find(tokens);
      this.triggerMatches = longestFirst(lexicon.triggers.find(tokens));
      for (EntityMention e : reading.entities) {
        if (e.start() >= sentence.start() && e.end() <= sentence.end()) entities.add(e);
      }
      clauseOf = new int[tokens.size()];
      int clause = -1;
      int resume = -1; // the clause a relative clause interrupts, resumed after its comma
      int parentheses = 0; // "(شرم الشيخ: 3/6/2021)": no clause opens inside parentheses
      for (int i = 0; i < tokens.size(); i++) {
        String t = tokens.get(i).text();
        if (t.equals("(")) parentheses++;
        else if (t.equals(")") && parentheses > 0) parentheses--;
        boolean open = parentheses == 0;
        boolean relative = i > 0 && open && startsCue(i, EventLexicon.Cue.RELATIVE);
        boolean hard = i == 0 || relative || open && startsCue(i, EventLexicon.Cue.BOUNDARY);
        boolean soft = !hard && open && startsCue(i, EventLexicon.Cue.SOFT);
        if (hard || soft) {
          resume = relative ? clause : -1;
          clauses.add(i);
          softClause.add(soft);
          reported.add(hard && !relative && i > 0);
          clause = clauses.size() - 1;
        }
        clauseOf[i] = clause;
        if (resume >= 0 && isComma(i)) { // "لقاء ...، والذين يقومون بزيارة ...، بحث سبل"
          clause = resume;
          resume = -1;
        }
      }
      findAffiliations();
    }

    boolean startsCue(int token, EventLexicon.Cue kind) {
      for (Match<EventLexicon.Cue> c : cues)
        if (c.firstToken() == token && c.value() == kind) return true;
      return false;
    }

    Match<EventLexicon.Cue> cueEndingAt(int endToken, EventLexicon.Cue kind) {
      for (Match<EventLexicon.Cue> c : cues)
        if (c.endToken() == endToken && c.value() == kind) return c;
      return null;
    }

    /** The index of the token that holds {@code offset}, else of the first one after it. */
    int tokenAt(int offset) {
      int lo = 0, hi = tokens.size() - 1, ans = tokens.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).end() > offset) {
          ans = mid;
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      return ans;
    }

    boolean isPunctuation(int i) {
      return tokens.get(i).type() == Token.Type.PUNCTUATION;
    }

    private boolean isComma(int i) {
      String t = tokens.get(i).text();
      return t.equals("،") || t.equals(",");
    }

    private boolean isParenthesis(int i) {
      String t = tokens.get(i).text();
      return t.equals("(") || t.equals(")");
    }

    /**
     * The stretches that are a person's title with its affiliation: the mention's own role where
     * the text writes it beside the name, else from a title word (رئيس، الكاتبة العامة) up to the
     * name, else from a title word after the name and a comma up to the next punctuation.
     */
    private void findAffiliations() {
      String text = reading.text;
      for (EntityMention p : entities) {
        if (!isPerson(p)) continue;
        String role = p.role();
        if (role != null && !role.isBlank()) {
          int at = text.lastIndexOf(role, p.start());
          if (at >= sentence.start()
              && at + role.length() <= p.start()
              && p.start() - (at + role.length()) <= 3) {
            affiliations.add(new int[] {at, p.start()});
            continue;
          }
          int after = text.indexOf(role, p.end());
          if (after >= 0 && after - p.end() <= 3 && after + role.length() <= sentence.end()) {
            affiliations.add(new int[] {p.end(), after + role.length()});
            continue;
          }
        }
        int first = tokenAt(p.start());
        Match<EventLexicon.Cue> title = null;
        for (int j = first - 1; j >= 0 && j >= first - TITLE_WINDOW; j--) {
          if (isPunctuation(j) && !(j == first - 1 && isComma(j)) && !isParenthesis(j)) break;
          for (Match<EventLexicon.Cue> c : cues) {
            if (c.firstToken() == j && c.value() == EventLexicon.Cue.TITLE && c.endToken() <= first)
              title = c;
          }
          if (title != null) break;
        }
        if (title != null) {
          affiliations.add(new int[] {title.start(), p.start()});
          continue;
        }
        int last = tokenAt(p.end() - 1);
        if (last + 2 < tokens.size() && isComma(last + 1)) {
          for (int j = last + 2; j <= last + 3 && j < tokens.size(); j++) {
            if (!startsCue(j, EventLexicon.Cue.TITLE)) continue;
            int end = j;
            while (end < tokens.size()
                && end < j + TITLE_WINDOW
                && !(isPunctuation(end) && !isParenthesis(end))) end++;
            affiliations.add(new int[] {p.end(), tokens.get(end - 1).end()});
            break;
          }
        }
      }
    }

    boolean inAffiliation(EntityMention e) {
      for (int[] a : affiliations) if (e.start() >= a[0] && e.end() <= a[1]) return true;
      return false;
    }

    /**
     * The preposition that governs a mention: a clitic ب ل ك on its word, the word before it (في،
     * إلى، بين), through a place noun (بالعاصمة اللبنانية بيروت), or that of the mention it is
     * coordinated with (في المغرب وتونس); null when none.
     */
    String preposition(EntityMention e) {
      int t = tokenAt(e.start());
      String p = prepositionOfToken(t, e.start());
      if (p != null) return p;
      // through a place noun: في/ب + العاصمة [adjective] + name
      for (int j = t - 1; j >= 0 && j >= t - 3; j--) {
        if (isPunctuation(j)) break;
        if (startsCue(j, EventLexicon.Cue.PLACE_NOUN)) {
          return prepositionOfToken(j, tokens.get(j).start());
        }
      }
      // coordinated with the mention before it: في المغرب وتونس
      Token token = tokens.get(t);
      if (!token.segments().isEmpty()
          && token.segments().get(0).kind() == Segment.Kind.CONJUNCTION) {
        EntityMention before = null;
        for (EntityMention o : entities)
          if (o.end() <= e.start() && o.type().equals(e.type())) before = o;
        if (before != null && tokenAt(before.end() - 1) == t - 1) return preposition(before);
      }
      return null;
    }

    private String prepositionOfToken(int t, int mentionStart) {
      Token token = tokens.get(t);
      for (Segment s : token.segments()) {
        if (s.kind() == Segment.Kind.PREPOSITION)
          return org.marsad.text.ArabicNormalizer.searchKey(s.form());
        if (s.kind() == Segment.Kind.STEM) break;
      }
      if (mentionStart > token.start()) { // the mention leaves its clitics out: بـ|الغابون
        String prefix = reading.text.substring(token.start(), mentionStart);
        if (prefix.endsWith("ال")) prefix = prefix.substring(0, prefix.length() - 2);
        if (prefix.contains("ب")) return "ب";
        if (prefix.contains("ل")) return "ل";
      }
      if (t > 0 && !isPunctuation(t - 1)) {
        String previous = PhraseMatcher.key(tokens.get(t - 1));
        if (PREPOSITIONS.contains(previous)) return previous;
      }
      return null;
    }

    /** The raw mentions of events in this sentence. */
    List<Mention> mentions() {
      List<Mention> out = new ArrayList<>();
      for (Match<EventLexicon.Trigger> m : triggerMatches) {
        if (m.value().type().equals(EventLexicon.NONE) || insideEntity(m)) continue;
        if (m.value().needsAmount() && !amountInClause(m)) continue;
        if (m.value().verb() && !bare(tokens.get(m.firstToken()))) continue;
        if (m.value().type().equals("launch") && vetoed(m)) continue;
        out.add(mention(m));
      }
      return out;
    }

    private boolean isTrigger(int token) {
      for (Match<EventLexicon.Trigger> m : triggerMatches) {
        if (token >= m.firstToken()
            && token < m.endToken()
            && !m.value().type().equals(EventLexicon.NONE)) return true;
      }
      return false;
    }

    /** Whether a launch is of missiles, fire or a name (أطلقت 105 صواريخ, أطلق عليه اسم). */
    private boolean vetoed(Match<EventLexicon.Trigger> m) {
      for (Match<EventLexicon.Cue> c : cues) {
        if (c.value() == EventLexicon.Cue.NOT_LAUNCH
            && c.firstToken() >= m.endToken()
            && c.firstToken() - m.endToken() < 4) return true;
      }
      return false;
    }

    /** Whether a word carries neither a preposition nor the article, as a verb never does. */
    private static boolean bare(Token t) {
      for (Segment s : t.segments()) {
        if (s.kind() == Segment.Kind.PREPOSITION || s.kind() == Segment.Kind.ARTICLE) return false;
      }
      return true;
    }

    /** Whether a sum of money lies in the trigger's clause, within {@value #WINDOW} words. */
    private boolean amountInClause(Match<EventLexicon.Trigger> m) {
      int clause = clauseOf[m.firstToken()];
      for (org.marsad.model.Amount a : reading.article.amounts()) {
        if (a.start() < sentence.start()
            || a.end() > sentence.end()
            || "%".equals(a.unit())
            || a.unit() == null) continue;
        if (clauseOf[tokenAt(a.start())] == clause
            && wordsBetween(m.firstToken(), m.endToken(), a.start(), a.end()) <= WINDOW)
          return true;
      }
      return false;
    }

    private boolean insideEntity(Match<EventLexicon.Trigger> m) {
      for (EntityMention e : entities)
        if (m.start() >= e.start() && m.end() <= e.end()) return true;
      return false;
    }

    private Mention mention(Match<EventLexicon.Trigger> m) {
      Mention x = new Mention();
      x.type = m.value().type();
      x.sentence = this;
      x.trigger = new Span(m.start(), m.end(), reading.text.substring(m.start(), m.end()));
      x.firstToken = m.firstToken();
      x.endToken = m.endToken();
      int clause = clauseOf[m.firstToken()];
      x.clause = clause;
      x.anaphoric =
          m.firstToken() > 0 && cueEndingAt(m.firstToken(), EventLexicon.Cue.ANAPHOR) != null;
      for (int j = m.endToken(); j < m.endToken() + 2 && j < tokens.size() && !x.anaphoric; j++) {
        x.anaphoric = startsCue(j, EventLexicon.Cue.ANAPHOR_AFTER);
      }
      x.intended = intended(m, clause);
      for (int j = m.firstToken(); j < m.endToken() && !x.definite; j++) {
        for (Segment g : tokens.get(j).segments()) x.definite |= g.kind() == Segment.Kind.ARTICLE;
      }
      actors(x, clause, true);
      if (x.actors.isEmpty() && softClause.get(clause) && clause > 0) actors(x, clause - 1, false);
      x.place = place(x, clause);
      x.placeInClause = x.place != null && clauseOf[tokenAt(x.place.start())] == clause;
      x.date = date(m, clause);
      x.dateInClause = x.date != null && clauseOf[tokenAt(x.date.start())] == clause;
      // beside the trigger, even across a boundary: "الاجتماع (39) ... (شرم الشيخ: 3/6/2021)"
      x.placeNear = x.place != null && near(m, x.place.start(), x.place.end());
      x.dateNear = x.date != null && near(m, x.date.start(), x.date.end());
      return x;
    }

    /** Whether a stretch lies within {@value #NEAR} words of a trigger. */
    private boolean near(Match<?> m, int start, int end) {
      return wordsBetween(m.firstToken(), m.endToken(), start, end) <= NEAR;
    }

    /** How many words (punctuation aside) lie between tokens {@code [first, end)} and a stretch. */
    int wordsBetween(int first, int end, int start, int stop) {
      int s = tokenAt(start), e = tokenAt(Math.max(start, stop - 1));
      int from, to;
      if (s >= end) {
        from = end;
        to = s;
      } else if (e < first) {
        from = e + 1;
        to = first;
      } else {
        return 0;
      }
      int words = 0;
      for (int j = from; j < to; j++) if (!isPunctuation(j)) words++;
      return words;
    }

    private boolean intended(Match<?> m, int clause) {
      int from = m.firstToken() - INTENT_WINDOW;
      for (Match<EventLexicon.Cue> c : cues) {
        if (c.value() != EventLexicon.Cue.INTENT
            || c.firstToken() < from
            || c.endToken() > m.firstToken()
            || clauseOf[c.firstToken()] != clause) continue;
        boolean punctuation = false;
        for (int j = c.endToken(); j < m.firstToken(); j++) punctuation |= isPunctuation(j);
        if (!punctuation) return true;
      }
      int words = 0;
      for (int j = m.firstToken();
          j >= 0 && words <= 10 && clauseOf[j] == clause && !isPunctuation(j);
          j--) {
        words++;
        for (Segment s : tokens.get(j).segments()) if (s.kind() == Segment.Kind.FUTURE) return true;
      }
      for (int j = m.endToken(); j < m.endToken() + 3 && j < tokens.size(); j++) {
        if (startsCue(j, EventLexicon.Cue.INTENT_AFTER)) return true;
      }
      return false;
    }

    /**
     * Adds the actors named in a clause (see the class comment): within {@value #WINDOW} words of
     * the trigger, or anywhere in the clause before, whose subject a soft clause keeps.
     */
    private void actors(Mention x, int clause, boolean windowed) {
      for (EntityMention e : entities) {
        if (clauseOf[tokenAt(e.start())] != clause || clauseOf[tokenAt(e.end() - 1)] != clause)
          continue;
        if (e.start() >= x.trigger.start() && e.end() <= x.trigger.end()) continue;
        int distance = wordsBetween(x.firstToken, x.endToken, e.start(), e.end());
        if (windowed && distance > WINDOW) continue;
        if (!isPerson(e) && !isOrganization(e) && !isPlace(e)) continue;
        if (inAffiliation(e) || quotedApart(e, x.trigger) || inDateline(e)) continue;
        if (isOrganization(e) && isSource(e, x.trigger)) continue;
        // a statement has one author: who speaks before it, or right after a verb (دعا الوزير)
        if (x.type.equals("statement")
            && e.start() >= x.trigger.end()
            && (distance > NEAR || preposition(e) != null)) continue;
        if (isPlace(e) && !placeActs(e, clause)) continue;
        String id = id(e);
        if (!x.actors.containsKey(id)) {
          String role = e.role() != null && !e.role().isBlank() ? e.role() : reading.roles.get(id);
          x.actors.put(id, new Event.Actor(id, e.text(), e.type(), role));
        }
        if (distance <= NEAR) x.nearActors.add(id);
      }
    }

    /**
     * Whether a place is a party rather than a location or a complement: right after بين or مع
     * ("between", "with"), at the head of its clause, after at most a verb and one more word (أكد
     * المغرب "Morocco affirmed", أن المغرب), or joined by و to such a place (المغرب والغابون). Not
     * تنمية المغرب ("Morocco's development"), nor في المغرب ("in Morocco").
     */
    private boolean placeActs(EntityMention e, int clause) {
      String p = preposition(e);
      if (p != null) return ACTOR_PREPOSITIONS.contains(p);
      int t = tokenAt(e.start());
      int words = 0;
      for (int j = clauses.get(clause); j < t; j++)
        if (clauseOf[j] == clause && !isPunctuation(j)) words++;
      if (words <= 2) return true;
      Token token = tokens.get(t);
      if (token.segments().isEmpty() || token.segments().get(0).kind() != Segment.Kind.CONJUNCTION)
        return false;
      for (EntityMention o : entities) {
        if (o != e
            && isPlace(o)
            && o.end() <= e.start()
            && tokenAt(Math.max(o.start(), o.end() - 1)) == t - 1) {
          return placeActs(o, clause);
        }
      }
      return false;
    }

    /**
     * Whether a name is part of the article's dateline, left in its text: "نيويورك، الولايات
     * المتحدة الأمريكية (CNN)-- ..." (the first words of the article, before a dash).
     */
    private boolean inDateline(EntityMention e) {
      if (index != 0) return false;
      String text = reading.text;
      for (int j = 0; j < tokens.size() && j < 12; j++) {
        Token t = tokens.get(j);
        boolean dash =
            t.text().startsWith("--")
                || t.text().equals("\u2013")
                || t.text().equals("\u2014")
                || t.text().equals("-")
                    && (t.start() > 0 && text.charAt(t.start() - 1) == ' '
                        || t.end() < text.length() && text.charAt(t.end()) == ' ');
        if (dash) return e.end() <= t.start();
      }
      return false;
    }

    /** Whether ب before a place means "about", not "in": القضايا الخاصة بفلسطين. */
    private boolean afterNonPlace(EntityMention e) {
      int t = tokenAt(e.start());
      return t > 0 && cueEndingAt(t, EventLexicon.Cue.NON_PLACE) != null;
    }

    /**
     * Whether an organisation is cited as the news's source: right after a source word (بلاغ لرئاسة
     * الحكومة, حسب الوزارة, نقلت وكالة ...) that is not the event's own trigger (في بيان للوزارة:
     * the ministry issues the statement), or named as a news medium (صحيفة، موقع، قناة، وكالة ...
     * للأنباء).
     */
    private boolean isSource(EntityMention e, Span trigger) {
      String name = org.marsad.text.ArabicNormalizer.searchKey(e.text());
      if (name.matches("^(ال)?(صحيف|موقع|قنا)\\S*\\s.*")
          || name.matches("^(ال)?وكال\\S*\\s.*(انباء|صحاف|برس).*")) {
        return true;
      }
      int t = tokenAt(e.start());
      for (Match<EventLexicon.Cue> c : cues) {
        if (c.value() != EventLexicon.Cue.SOURCE) continue;
        if (c.start() < trigger.end() && c.end() > trigger.start()) continue;
        if (c.endToken() <= t && t - c.endToken() <= 1 && c.end() <= e.start()) return true;
        if (c.endToken() == t + 1 && c.end() <= e.start()) return true; // cue and name in one word
      }
      return false;
    }

    /** Whether a name sits inside a quotation that the trigger is outside of. */
    private boolean quotedApart(EntityMention e, Span trigger) {
      return quotedApart(e.start(), e.end(), trigger);
    }

    private boolean quotedApart(int start, int end, Span trigger) {
      for (Quote q : reading.article.quotes()) {
        boolean nameIn = start >= q.start() && end <= q.end();
        boolean triggerIn = trigger.start() >= q.start() && trigger.end() <= q.end();
        if (nameIn && !triggerIn) return true;
      }
      return false;
    }

    private EntityMention place(Mention x, int clause) {
      EntityMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      boolean bestInClause = false;
      for (EntityMention e : entities) {
        if (!isPlace(e) || inAffiliation(e)) continue;
        if (wordsBetween(x.firstToken, x.endToken, e.start(), e.end()) > WINDOW) continue;
        String p = preposition(e);
        boolean locative =
            "في".equals(p)
                || "ب".equals(p) && !afterNonPlace(e)
                || x.type.equals("visit") && ("ل".equals(p) || "الي".equals(p));
        if (!locative) continue;
        int c = clauseOf[tokenAt(e.start())];
        if (c != clause && reported.get(c)) continue;
        boolean inClause = c == clause;
        int distance = Math.abs(e.start() - x.trigger.start());
        if (inClause && !bestInClause || inClause == bestInClause && distance < bestDistance) {
          best = e;
          bestDistance = distance;
          bestInClause = inClause;
        }
      }
      return best;
    }

    /**
     * The date of a trigger in its sentence: one in a relative clause that opens right after it
     * (الاجتماع الطارئ الذي عقد في 23 مايو, the emergency meeting held on 23 May) or else in its
     * clause, else anywhere in the sentence; the nearest; never one inside a quotation the trigger
     * is not in.
     */
    private DateMention date(Match<?> m, int clause) {
      int describing = -1;
      for (int j = m.endToken(); j < m.endToken() + 3 && j < tokens.size(); j++) {
        if (startsCue(j, EventLexicon.Cue.RELATIVE)) describing = clauseOf[j];
      }
      Span trigger = new Span(m.start(), m.end(), "");
      DateMention best = null;
      int bestDistance = Integer.MAX_VALUE;
      boolean bestInClause = false;
      for (DateMention d : reading.dates) {
        if (d.start() < sentence.start() || d.end() > sentence.end()) continue;
        if (quotedApart(d.start(), d.end(), trigger)) continue;
        int c = clauseOf[tokenAt(d.start())];
        if (describing >= 0 && c == describing) return d;
        if (c != clause && reported.get(c)) continue;
        boolean inClause = c == clause;
        int distance = Math.abs(d.start() - m.start());
        if (inClause && !bestInClause || inClause == bestInClause && distance < bestDistance) {
          best = d;
          bestDistance = distance;
          bestInClause = inClause;
        }
      }
      return best;
    }

    boolean names(Set<String> ids) {
      for (EntityMention e : entities) if (ids.contains(id(e))) return true;
      return false;
    }

    /** The first subject from token {@code from} on: after a topic cue, or a topic noun. */
    /** ... in clause {@code clause}, or anywhere when it is -1. */
    Span subjectAfter(int from, int clause, Set<Integer> taken) {
      for (Match<EventLexicon.Cue> c : cues) {
        if (c.firstToken() < from || clause >= 0 && clauseOf[c.firstToken()] != clause) continue;
        if (c.value() == EventLexicon.Cue.TOPIC) {
          Span s = phrase(c.endToken());
          if (s != null && !taken.contains(s.start())) return s;
        } else if (c.value() == EventLexicon.Cue.TOPIC_HEAD) {
          Match<EventLexicon.Cue> q = cueEndingAt(c.firstToken(), EventLexicon.Cue.QUANTITY);
          Span s = phrase(q != null && q.firstToken() >= from ? q.firstToken() : c.firstToken());
          if (s != null && !taken.contains(s.start())) return s;
        }
      }
      return null;
    }

    /** Words from {@code first} to the next punctuation or clause boundary; a quotation whole. */
    private Span phrase(int first) {
      // "تناول هذا اللقاء سبل ...": the subject starts after the event's own words
      while (first < tokens.size()
          && (startsCue(first, EventLexicon.Cue.ANAPHOR) || isTrigger(first))) first++;
      if (first >= tokens.size()) return null;
      int end = first;
      String open = tokens.get(first).text();
      if (open.equals("«") || open.equals("“") || open.equals("\"")) {
        String close = open.equals("«") ? "»" : open.equals("“") ? "”" : "\"";
        end = first + 1;
        while (end < tokens.size() && !tokens.get(end).text().equals(close)) end++;
        if (end >= tokens.size() || end == first + 1) return null;
        end++;
      } else {
        while (end < tokens.size()
            && end < first + SUBJECT_WORDS
            && !isPunctuation(end)
            && !(end > first
                && (startsCue(end, EventLexicon.Cue.BOUNDARY)
                    || startsCue(end, EventLexicon.Cue.RELATIVE)))) end++;
        if (end == first) return null;
      }
      int s = tokens.get(first).start(), e = tokens.get(end - 1).end();
      return new Span(s, e, reading.text.substring(s, e));
    }
  }

  /** The matches that keep their words, longest first. */
  private static <V> List<Match<V>> longestFirst(List<Match<V>> matches) {
    List<Match<V>> sorted = new ArrayList<>(matches);
    sorted.sort(
        Comparator.<Match<V>>comparingInt(m -> -m.length()).thenComparingInt(Match::firstToken));
    List<Match<V>> kept = new ArrayList<>();
    for (Match<V> m : sorted) {
      boolean free = true;
      for (Match<V> k : kept)
        free &= m.endToken() <= k.firstToken() || m.firstToken() >= k.endToken();
      if (free) kept.add(m);
    }
    kept.sort(Comparator.comparingInt(Match::firstToken));
    return kept;
  }

  // ---------------------------------------------------------------------------------------------

  /** One trigger occurrence with what its sentence gives. */
  private static final class Mention {
    String type;
    View sentence;
    Span trigger;
    int firstToken, endToken, clause;
    boolean anaphoric, intended, definite;
    final LinkedHashMap<String, Event.Actor> actors = new LinkedHashMap<>();
    final Set<String> nearActors = new java.util.HashSet<>();
    EntityMention place;
    DateMention date;
    boolean placeInClause, dateInClause, placeNear, dateNear;

    /**
     * Whether the mention holds on to something of its own: an actor, a date in its clause, or, for
     * gatherings and visits, which happen somewhere, a place in its clause.
     */
    long clauseKey() {
      return (long) sentence.index << 20 | clause;
    }

    boolean anchored() {
      return !actors.isEmpty()
          || dateInClause
          || placeInClause && (GATHERINGS.contains(type) || type.equals("visit"));
    }
  }

  /** An event being assembled from its mentions. */
  private static final class Draft {
    final String type;
    final boolean intended;
    final int sentence;
    final List<Span> triggers = new ArrayList<>();
    final List<Integer> triggerSentences = new ArrayList<>();
    final Set<Long> clauses = new java.util.HashSet<>();
    final LinkedHashMap<String, Event.Actor> actors = new LinkedHashMap<>();
    final List<Span> quotes = new ArrayList<>();
    final Span evidence;
    String place, date;
    Span subject;
    boolean anchored;

    Draft(Mention m) {
      type = m.type;
      intended = m.intended;
      sentence = m.sentence.index;
      Sentence s = m.sentence.sentence;
      evidence =
          new Span(s.start(), s.end(), m.sentence.reading.text.substring(s.start(), s.end()));
      absorb(m);
    }

    void absorb(Mention m) {
      triggers.add(m.trigger);
      triggerSentences.add(m.sentence.index);
      clauses.add(m.clauseKey());
      boolean first = triggers.size() == 1;
      m.actors.forEach(
          (id, actor) -> {
            if (first || m.nearActors.contains(id)) actors.putIfAbsent(id, actor);
          });
      anchored |= m.anchored();
      // a later mention brings only actors, a place or a date right beside it
      if (place == null && m.place != null && (first || m.placeNear)) place = id(m.place);
      if (date == null && m.date != null && (first || m.dateNear)) date = m.date.value();
    }

    /** The event; dated after the article's publication, it is planned, so intended. */
    Event event(String published) {
      boolean planned =
          intended
              || date != null
                  && published != null
                  && published.length() >= 10
                  && startsAfter(date, published.substring(0, 10));
      return new Event(
          type,
          planned,
          triggers.get(0),
          triggers.subList(1, triggers.size()),
          List.copyOf(actors.values()),
          place,
          date,
          subject,
          evidence,
          quotes);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Whether the period a date names (2021-02-22, 2021-02, 2021) begins after {@code day}. */
  static boolean startsAfter(String date, String day) {
    if (!date.matches("\\d{4}(-\\d{2}(-\\d{2}.*)?)?")) return false; // not 2018-W12
    String first =
        date.length() >= 10
            ? date.substring(0, 10)
            : date.length() >= 7 ? date.substring(0, 7) + "-01" : date.substring(0, 4) + "-01-01";
    return first.compareTo(day) > 0;
  }

  static String id(EntityMention e) {
    return e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
  }

  static boolean isPerson(EntityMention e) {
    return Objects.equals(e.type(), "PERS") || Objects.equals(e.type(), "PER");
  }

  static boolean isOrganization(EntityMention e) {
    return Objects.equals(e.type(), "ORG");
  }

  static boolean isPlace(EntityMention e) {
    return Objects.equals(e.type(), "LOC") || Objects.equals(e.type(), "GPE");
  }
}

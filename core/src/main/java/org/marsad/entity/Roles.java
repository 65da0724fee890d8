package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.EntityMention;
import org.marsad.text.Token;

/**
 * Attaches titles and roles to the persons of a text: {@code role} is the title as written, and
 * {@code roleOf} the canonical id of the body or country the role names. The name's span stays the
 * name; the role is a separate string. The title heads are the lexicon {@code
 * marsad/entity/titles.tsv}.
 *
 * <p>Rules, in the order they apply to each person mention:
 *
 * <ol>
 *   <li><b>A title before the name</b>: walking back from the name, the nearest title head whose
 *       complement reaches the name with nothing that breaks a title in between (a comma, a verb
 *       of speech, أن, الذي, في, a date word, another person...): رئيس الحكومة سعد الدين العثماني
 *       (head of government); الكاتبة العامة لوزارة البريد والنهوض بالاقتصاد الرقمي بالغابون
 *       ليليان ماسالا (the secretary-general of Gabon's ministry of post). A head right before that
 *       one, or a modifier's head, extends it: نائب رئيس الحكومة (deputy head of government),
 *       وزير الدولة المكلف بحقوق الإنسان. One comma may stand between a title and a name set off by
 *       commas: لرئيس فيدرالية ...، أمين زروق، (to the federation's president, Amine Zerrouk,).
 *       An honorific (السيد, الدكتور, السفير) counts only right before the name. A name glued to a
 *       clitic (وحاتم, "and Hatim") takes no title before it: it is a conjunct.
 *   <li><b>A title after the name</b> (apposition), optionally after a comma, up to what breaks a
 *       title: أمين زروق، رئيس الفيدرالية (Amine Zerrouk, the federation's president); عمرو طلعت
 *       وزير الاتصالات وتكنولوجيا المعلومات بجمهورية مصر العربية. A head with و is a new conjunct,
 *       and a title that runs into the next person's name is that person's.
 *   <li><b>Relative titles</b>: نائبه مهدي علوي (his deputy, Mehdi Alaoui) is the deputy of the
 *       person named just before in the sentence, so the role reads نائب رئيس فيدرالية ... with
 *       that person's body; نظيره الفرنسي (his French counterpart) takes that person's role for
 *       the country named.
 *   <li><b>Several titles</b> (before and after) are joined with "، ".
 *   <li><b>role_of</b>: the first that applies, over the role's words: an ORG mention inside the
 *       role, then a LOC mention; a known alias ({@link Aliases}: بجمهورية مصر العربية gives
 *       {@code loc:مصر}); a nationality adjective (الفرنسي gives {@code loc:فرنسا}); the word after
 *       the head as a short form of one organization of the article (الأمين العام للاتحاد, with
 *       الاتحاد المغاربي named in the article).
 * </ol>
 *
 * <p>Mentions must be resolved ({@link EntityResolver}) first, for role_of to carry canonical ids.
 * Immutable and thread-safe.
 */
public final class Roles {
  static final int MAX_TITLE_TOKENS = 14;

  /** Words that end a title (folded keys): complementizers, relatives, prepositions, time words. */
  static final Set<String> BREAKERS = Set.of(
      "ان", "انه", "انها", "انهم", "انهما", "انني", "اننا", "بان", "فان", "لان",
      "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي",
      "ما", "من", "في", "فى", "عن", "علي", "مع", "خلال", "اثناء", "عقب", "بعد", "قبل", "منذ", "حول",
      "ضد", "عند", "حيث", "كما", "لكن", "ثم", "او", "ام", "بين", "قد", "لقد", "كان", "كانت", "يكون",
      "هو", "هي", "هم", "هذا", "هذه", "ذلك", "تلك", "هنا", "هناك", "ايضا", "كذلك", "اليوم", "امس",
      "غدا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد", "صباح",
      "مساء", "يوم", "امام", "اذ", "اذا", "لو", "لم", "لن", "لا", "ليس", "غير", "سوي", "الا", "حتي",
      "اما", "بينما", "فيما", "وهو", "وهي", "عبر", "وفق", "حسب", "بحسب", "جميع", "كل", "بعض", "عدد");

  private static final class Shipped {
    static final Roles ROLES =
        new Roles(TitleLexicon.shipped(), SpeechVerbs.shipped(), Aliases.shipped());
  }

  private final TitleLexicon titles;
  private final SpeechVerbs verbs;
  private final Aliases aliases;

  Roles(TitleLexicon titles, SpeechVerbs verbs, Aliases aliases) {
    this.titles = titles;
    this.verbs = verbs;
    this.aliases = aliases;
  }

  /** Roles over the shipped title lexicon and aliases. */
  public static Roles standard() {
    return Shipped.ROLES;
  }

  /** Roles over the shipped title lexicon, linking roles through {@code aliases}. */
  public static Roles with(Aliases aliases) {
    return new Roles(TitleLexicon.shipped(), SpeechVerbs.shipped(), aliases);
  }

  /** A title found beside a name: its UTF-16 span and the head it opens with. */
  record Phrase(int start, int end, TitleLexicon.Match head) {}

  /**
   * What was found around one person mention.
   *
   * @param before where the person's title before the name starts, else the mention's start
   * @param after where the title after the name ends, else the mention's end
   * @param role the titles, or null
   * @param position the titles that are no mere honorific, or null: what a relative title takes
   * @param roleOf the id of the body or country the role names, or null
   */
  record Attachment(int mention, int before, int after, String role, String position, String roleOf) {}

  /**
   * Moves a title that a mention finder included in a person's span out of it: الملك محمد السادس
   * becomes محمد السادس, and the title is found again by {@link #attach}. Only a head followed by a
   * word without the article is moved (الرئيس الفرنسي stays: the adjective is no name).
   */
  public List<EntityMention> trimTitles(String text, List<EntityMention> mentions) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention e : mentions) {
      out.add("PERS".equals(e.type()) ? trimmed(e) : e);
    }
    return out;
  }

  private EntityMention trimmed(EntityMention e) {
    TextIndex ix = new TextIndex(e.text(), List.of());
    TitleLexicon.Match h = titles.at(ix, 0, false);
    if (h == null || h.pronounLetters() > 0 || h.end() >= ix.size()) return e;
    if (h.head().kind() != TitleLexicon.Kind.HONORIFIC && !h.head().definite()) return e;
    int name = h.end();
    if (!ix.isArabic(name) && ix.token(name).type() != Token.Type.WORD) return e;
    if (ix.key(name).startsWith("ال")) return e;
    int offset = ix.token(name).start();
    return new EntityMention(e.text().substring(offset), e.type(), e.start() + offset, e.end(),
        e.canonical(), e.role(), e.roleOf());
  }

  /** The mentions with {@code role} and {@code roleOf} filled for the persons that have a title. */
  public List<EntityMention> attach(String text, List<EntityMention> mentions) {
    TextIndex ix = new TextIndex(text, mentions);
    Attachment[] found = analyze(ix);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (int m = 0; m < mentions.size(); m++) {
      EntityMention e = mentions.get(m);
      Attachment a = found[m];
      out.add(a == null || a.role() == null ? e
          : new EntityMention(e.text(), e.type(), e.start(), e.end(), e.canonical(), a.role(), a.roleOf()));
    }
    return out;
  }

  /** The titles around each person mention of {@code ix} (null for other mentions). */
  Attachment[] analyze(TextIndex ix) {
    List<EntityMention> mentions = ix.mentions;
    Attachment[] out = new Attachment[mentions.size()];
    Map<String, Set<String>> organizationsByFirstWord = null;
    for (int m = 0; m < mentions.size(); m++) {
      if (!ix.isPerson(m)) continue;
      EntityMention e = mentions.get(m);
      Phrase before = before(ix, m);
      Phrase after = after(ix, m);
      if (before == null && after == null) {
        out[m] = new Attachment(m, e.start(), e.end(), null, null, null);
        continue;
      }
      if (organizationsByFirstWord == null) organizationsByFirstWord = organizationsByFirstWord(mentions);
      List<String> roles = new ArrayList<>(2), positions = new ArrayList<>(2);
      String roleOf = null;
      List<Phrase> phrases = new ArrayList<>(2);
      if (before != null) phrases.add(before);
      if (after != null) phrases.add(after);
      for (Phrase p : phrases) {
        String written = ix.text.substring(p.start(), p.end()).strip();
        if (ix.key(p.head().first()).startsWith("لل") && p.head().clitic()) {
          written = "ا" + written; // للدكتور: ل + الدكتور, the article's alef unwritten
        }
        String role = written, link = null;
        TitleLexicon.Kind kind = p.head().head().kind();
        if (p.head().pronounLetters() > 0) {
          Attachment antecedent = antecedent(ix, out, m);
          String head = headWord(ix, p.head());
          String rest = ix.text.substring(ix.token(p.head().first()).end(), p.end()).strip();
          if (antecedent != null && kind == TitleLexicon.Kind.RELATIVE) {
            String of = antecedent.position() != null ? antecedent.position()
                : mentions.get(antecedent.mention()).text();
            role = head + " " + of + (rest.isEmpty() ? "" : " " + rest);
            link = antecedent.position() != null ? antecedent.roleOf() : null;
          } else if (antecedent != null && antecedent.position() != null) { // counterpart
            role = withoutCountryAdjective(ix, antecedent.position()) + (rest.isEmpty() ? "" : " " + rest);
          }
        }
        if (link == null) link = link(ix, p, organizationsByFirstWord);
        roles.add(role);
        if (kind != TitleLexicon.Kind.HONORIFIC) positions.add(role);
        if (roleOf == null) roleOf = link;
      }
      out[m] = new Attachment(m, before != null ? before.start() : e.start(),
          after != null ? after.end() : e.end(), String.join("، ", roles),
          positions.isEmpty() ? null : String.join("، ", positions), roleOf);
    }
    return out;
  }

  /** The title before person mention {@code m}, or null. */
  Phrase before(TextIndex ix, int m) {
    EntityMention e = ix.mentions.get(m);
    int first = ix.tokenAt(e.start());
    if (first >= ix.size() || ix.token(first).start() < e.start()) return null; // وحاتم: a conjunct
    int j = first - 1;
    if (j < 0 || ix.lineBreakBefore(first)) return null;
    if (ix.isComma(j)) { // title، name،
      int next = ix.tokenAt(e.end());
      boolean setOff = next >= ix.size() || ix.lineBreakBefore(next) || ix.isComma(next)
          || ix.isPunctuation(next, '.');
      if (!setOff || j == 0 || ix.lineBreakBefore(j)) return null;
      j--;
    }
    TitleLexicon.Match head = null;
    for (int k = j; k >= 0 && k > j - MAX_TITLE_TOKENS; k--) {
      if (k < j && ix.lineBreakBefore(k + 1)) break;
      int mk = ix.mentionAt(k);
      if (mk >= 0 && ix.isPerson(mk)) break;
      if (mk >= 0) continue; // a body or a place inside the title
      TitleLexicon.Match h = titles.at(ix, k, true);
      if (h != null && h.end() <= j + 1) {
        if (h.head().kind() == TitleLexicon.Kind.HONORIFIC && h.end() != j + 1) break;
        head = h;
        break;
      }
      if (breaks(ix, k)) break;
    }
    if (head == null) return null;
    for (int k = head.end(); k <= j; k++) if (!continues(ix, k)) return null;
    head = extendBack(ix, head);
    return new Phrase(head.start(), balancedEnd(ix, head.first(), j), head);
  }

  /** A head right before the title, or the head a modifier completes, opens the title. */
  private TitleLexicon.Match extendBack(TextIndex ix, TitleLexicon.Match head) {
    while (head.first() > 0 && !ix.lineBreakBefore(head.first()) && !head.clitic()) {
      TitleLexicon.Match outer = null;
      for (int k = Math.max(0, head.first() - 3); k < head.first() && outer == null; k++) { // longest
        TitleLexicon.Match h = titles.at(ix, k, true);
        if (h != null && h.end() == head.first()) outer = h;
      }
      if (outer == null && head.head().kind() == TitleLexicon.Kind.MODIFIER) {
        for (int k = head.first() - 1; k >= 0 && k > head.first() - MAX_TITLE_TOKENS; k--) {
          if (ix.lineBreakBefore(k + 1)) break;
          int mk = ix.mentionAt(k);
          if (mk >= 0 && ix.isPerson(mk)) break;
          if (mk >= 0) continue;
          TitleLexicon.Match h = titles.at(ix, k, true);
          if (h != null && h.head().kind() != TitleLexicon.Kind.MODIFIER
              && h.head().kind() != TitleLexicon.Kind.HONORIFIC) {
            outer = h;
            break;
          }
          if (breaks(ix, k)) break;
        }
      }
      if (outer == null) break;
      TitleLexicon.Head kind =
          outer.head().kind() == TitleLexicon.Kind.HONORIFIC ? head.head() : outer.head();
      head = new TitleLexicon.Match(kind, outer.first(), head.end(), outer.start(),
          outer.pronounLetters(), outer.clitic());
    }
    return head;
  }

  /** The title after person mention {@code m} (apposition), or null. */
  Phrase after(TextIndex ix, int m) {
    EntityMention e = ix.mentions.get(m);
    int last = ix.tokenAt(e.end() - 1);
    if (last >= ix.size() || ix.token(last).end() > e.end()) return null;
    int i = last + 1;
    if (i >= ix.size() || ix.lineBreakBefore(i)) return null;
    if (ix.isComma(i)) {
      i++;
      if (i >= ix.size() || ix.lineBreakBefore(i)) return null;
    }
    if (ix.mentionAt(i) >= 0) return null;
    TitleLexicon.Match h = titles.at(ix, i, false);
    if (h == null || h.head().kind() == TitleLexicon.Kind.HONORIFIC || h.pronounLetters() > 0) return null;
    int end = h.end() - 1;
    for (int k = h.end(); k < ix.size() && k < h.end() + MAX_TITLE_TOKENS; k++) {
      if (ix.lineBreakBefore(k)) break;
      int mk = ix.mentionAt(k);
      if (mk >= 0 && ix.isPerson(mk)) {
        EntityMention next = ix.mentions.get(mk);
        if (ix.token(k).start() < next.start()) break; // لمحمد: a name after a preposition
        return null; // the next person's title
      }
      if (mk < 0 && (breaks(ix, k) || !continues(ix, k))) break;
      TitleLexicon.Match again = mk < 0 ? titles.at(ix, k, true) : null;
      if (again != null && again.clitic() && Keys.hasConjunction(ix.key(k))) break; // ووزير: another
      end = k;
    }
    return new Phrase(h.start(), balancedEnd(ix, h.first(), end), h);
  }

  /** The end offset of tokens {@code from..to}, cut before a bracket left open. */
  private static int balancedEnd(TextIndex ix, int from, int to) {
    int open = -1;
    for (int k = from; k <= to; k++) {
      if (ix.isPunctuation(k, '(')) open = open < 0 ? k : open;
      else if (ix.isPunctuation(k, ')')) open = -1;
    }
    int last = open >= 0 ? open - 1 : to;
    while (last > from && ix.token(last).type() == Token.Type.PUNCTUATION && !ix.isPunctuation(last, ')')) {
      last--;
    }
    return ix.token(last).end();
  }

  /**
   * Whether token {@code k} can go on a title: not a bare indefinite word right after a definite one
   * (a construct ends with its definite word, so رئيس وفد نادي الجزيرة كلمة ends before كلمة, "a
   * speech"). Conjunctions and prepositions (و ف ب ل) open a continuation, heads and one-letter
   * tokens (ل in الكاتب العام ل ( مغرب تصدير )) go on.
   */
  boolean continues(TextIndex ix, int k) {
    if (k == 0 || !ix.isArabic(k) || ix.mentionAt(k) >= 0) return true;
    String key = ix.key(k);
    if (key.length() < 2 || key.startsWith("ال") || "وفبل".indexOf(key.charAt(0)) >= 0) return true;
    if (titles.at(ix, k, false) != null) return true;
    int p = k - 1;
    int mp = ix.mentionAt(p);
    if (mp >= 0) return ix.mentions.get(mp).end() > ix.token(p).end(); // after a name: a new phrase
    if (!ix.isArabic(p)) return true;
    for (Keys.Reading r : Keys.readings(ix.key(p))) if (r.key().startsWith("ال")) return false;
    return true;
  }

  /** Whether token {@code k} ends a title. */
  boolean breaks(TextIndex ix, int k) {
    Token t = ix.token(k);
    switch (t.type()) {
      case ARABIC -> {
        String key = ix.key(k);
        if (BREAKERS.contains(key)) return true;
        if (Keys.hasConjunction(key) && BREAKERS.contains(key.substring(1))) return true;
        return verbs.at(ix, k) != null;
      }
      case WORD -> {
        return false;
      }
      case PUNCTUATION -> {
        char c = t.text().charAt(0);
        return c != '(' && c != ')';
      }
      default -> {
        return true;
      }
    }
  }

  /** The nearest person before mention {@code m} in the same sentence, with what was found about it. */
  private static Attachment antecedent(TextIndex ix, Attachment[] found, int m) {
    int start = ix.mentions.get(m).start();
    for (int p = m - 1; p >= 0; p--) {
      EntityMention e = ix.mentions.get(p);
      if (sentenceEndsBetween(ix.text, e.end(), start)) return null;
      if (ix.isPerson(p) && found[p] != null) return found[p];
    }
    return null;
  }

  static boolean sentenceEndsBetween(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n') return true;
    }
    return false;
  }

  /** A relative head as written without its pronoun: نائبه gives نائب. */
  private static String headWord(TextIndex ix, TitleLexicon.Match h) {
    Token t = ix.token(h.first());
    String word = ix.text.substring(h.start(), t.end());
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      if (org.marsad.text.ArabicNormalizer.isArabicLetter(word.charAt(i))) letters++;
    }
    return word.substring(0, Keys.afterLetters(word, letters - h.pronounLetters()));
  }

  /** A role without a nationality adjective at its end: وزير الخارجية الأميركي gives وزير الخارجية. */
  private String withoutCountryAdjective(TextIndex ix, String role) {
    int space = role.lastIndexOf(' ');
    if (space < 0) return role;
    String last = Keys.key(role.substring(space + 1));
    return aliases.countryOfAdjective(last) != null ? role.substring(0, space) : role;
  }

  /** The canonical id of the body or country a title names, or null. */
  private String link(TextIndex ix, Phrase p, Map<String, Set<String>> organizationsByFirstWord) {
    for (String type : new String[] {"ORG", "LOC"}) {
      for (EntityMention e : ix.mentions) {
        if (type.equals(e.type()) && e.start() >= p.start() && e.end() <= p.end() && e.canonical() != null) {
          return e.canonical();
        }
      }
    }
    int first = p.head().first(), last = ix.tokenAt(p.end() - 1);
    int longest = aliases.longestName();
    for (int a = first; a <= last; a++) { // names of bodies and countries
      if (!ix.isArabic(a) && ix.token(a).type() != Token.Type.WORD) continue;
      List<Keys.Reading> readings = Keys.readings(ix.key(a));
      for (int n = Math.min(longest, last - a + 1); n >= 1; n--) {
        StringBuilder rest = new StringBuilder();
        for (int k = a + 1; k < a + n; k++) rest.append(' ').append(ix.key(k));
        for (Keys.Reading r : readings) {
          String id = aliases.idOfKey(Keys.matchKey(r.key() + rest));
          if (id != null && !id.startsWith("pers:")) return id;
        }
      }
    }
    for (int a = first; a <= last; a++) { // nationality adjectives
      if (!ix.isArabic(a)) continue;
      for (Keys.Reading r : Keys.readings(ix.key(a))) {
        String id = aliases.countryOfAdjective(r.key());
        if (id != null) return id;
      }
    }
    int next = p.head().end(); // the word after the head, as a short form of a body of the article
    if (next <= last && ix.isArabic(next)) {
      for (Keys.Reading r : Keys.readings(ix.key(next))) {
        Set<String> ids = organizationsByFirstWord.get(Keys.withoutArticle(r.key()));
        if (ids != null && ids.size() == 1) return ids.iterator().next();
      }
    }
    return null;
  }

  /** The organizations of the article by the first word of their name: الاتحاد المغاربي under اتحاد. */
  private static Map<String, Set<String>> organizationsByFirstWord(List<EntityMention> mentions) {
    Map<String, Set<String>> out = new HashMap<>();
    for (EntityMention e : mentions) {
      if (!"ORG".equals(e.type()) || e.canonical() == null) continue;
      String key = Keys.matchKey(e.text());
      int space = key.indexOf(' ');
      if (space < 0) continue;
      out.computeIfAbsent(key.substring(0, space), k -> new HashSet<>()).add(e.canonical());
    }
    return out;
  }
}

package org.marsad.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.model.EntityMention;
import org.marsad.model.Quote;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;

/**
 * Finds quotations and their speakers: a speech verb ({@code marsad/entity/speech-verbs.tsv}: قال,
 * أكد, أوضح, أشار, أضاف, شدد ... with و/ف and feminine forms, and participles such as مؤكدا) followed
 * by a quoted span or by a clause opened with إن/أن.
 *
 * <p><b>The quotation</b>, looked for after the verb and its subject, within the sentence and 40
 * tokens: an opening mark (« “ ") starts a quoted span, which ends at its closing mark; a colon
 * starts one too; إن/أن/بأن/فإن (also after إلى, على, من) start a clause that runs to the end of the
 * sentence. Bare أن before a present verb (أن يكون) or after بعد, قبل, يمكن ... is no quotation. A
 * quotation stops where the next quotation's verb starts (موضحا "adding" starts another), and at a
 * closing mark the clause never opened. A verb with nothing after it may take a quoted span just
 * before it: «...»، قال الوزير. A clause of one word is no quotation.
 *
 * <p><b>The speaker</b>, in order:
 *
 * <ol>
 *   <li>a person or body named right before a verb without و/ف (a verb with و opens a new clause),
 *       with its apposition, not glued to a clitic: أن العثماني قال; أن أمين زروق، رئيس الفيدرالية،
 *       أوضح; سحر نصر قد قالت;
 *   <li>the person or body named right after the verb, with its title if any: أكد رئيس الحكومة سعد
 *       الدين العثماني;
 *   <li>a title alone (وأكد الوزير, "the minister stressed"; وقال الأمين العام): the person of the
 *       article with that role, when there is one only;
 *   <li>another subject written after the verb, kept as written without an id: البلاغ (the
 *       statement), مصدر أمني (a security source);
 *   <li>no subject (a participle, وأضاف "and he added", قالت فيها "she said in it"): the speaker of
 *       an earlier verb of the sentence, else the person named last before it in the sentence, else
 *       the speaker quoted last.
 * </ol>
 *
 * A verb between dashes (– يضيف البلاغ -, "the statement adds") is an aside, skipped. When a clause
 * reports another speaker's quotation (وأضاف البلاغ أن أمين زروق ... أوضح أنه ...), the inner one is
 * kept. Quotations without any speaker are dropped.
 *
 * <p>Immutable and thread-safe.
 */
public final class Quotes {
  static final int MAX_SCAN = 40;

  private static final Set<String> COMPLEMENTIZER = Set.of("ان", "بان", "فان");
  private static final Set<String> COMPLEMENTIZER_WITH_PRONOUN = Set.of(
      "انه", "انها", "انهم", "انهما", "انني", "اننا", "انكم", "بانه", "بانها", "بانهم",
      "فانه", "فانها", "فانهم", "فاننا");
  /** Words before أن that make it "to" or "after", not "that". */
  private static final Set<String> NOT_BEFORE_COMPLEMENTIZER = Set.of(
      "بعد", "قبل", "منذ", "يمكن", "يجب", "ينبغي", "بد", "لابد", "الا", "دون", "حتي", "بمجرد",
      "يريد", "تريد", "اراد", "ارادت", "يود", "تود", "سبق", "اجل", "بدل", "عوض", "كي", "لكي", "شان",
      "شانه", "شانها", "المقرر", "المتوقع", "المنتظر", "المرتقب", "الممكن", "المفترض", "الضروري",
      "المهم", "الطبيعي", "يتوقع", "يرجح", "يمكنه", "يمكنها", "يمكنهم", "يستطيع", "تستطيع",
      "يحاول", "تحاول", "حاول", "قرر", "قررت", "مجرد", "رغم", "وبعد", "ما", "كما");
  /** Words after a verb that are no subject: prepositions, time, "for his part". */
  private static final Set<String> NO_SUBJECT = Set.of(
      "في", "فى", "خلال", "اثناء", "لدي", "عند", "امام", "بدوره", "بدورها", "بدورهم", "ايضا",
      "كذلك", "اليوم", "امس", "غدا", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
      "السبت", "الاحد", "صباح", "مساء", "يوم", "اول", "من", "عن", "علي", "الي", "مع", "بعد", "قبل", "عقب",
      "حيث", "حينها", "مجددا", "بشان", "تعليقا", "ردا", "قائلا", "موضحا", "هو", "هي", "انذاك",
      "لوكالة", "للصحافيين", "للصحفيين", "لوسائل", "للموقع", "لقناة", "لصحيفة", "لجريده", "لصحيفه",
      "به", "بها", "فيه", "فيها", "فيهم", "وفق", "حسب", "بحسب", "صراحه", "بوضوح", "مرة", "مره");
  private static final Set<String> MODALS = Set.of("قد", "لقد");
  private static final Pattern ROLE_WORDS = Pattern.compile("[\\s،,]+");
  private static final Set<String> ADDRESSEES = Set.of("لنا", "لي", "له", "لها", "لهم", "لك", "لكم");
  private static final Set<String> RELATIVES =
      Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "ما", "من");
  /** Words after which quotation marks quote a name: في " مؤسسة المعارض "، صحيفة " نيويورك تايمز ". */
  private static final Set<String> PREPOSITIONS = Set.of(
      "في", "فى", "من", "الي", "علي", "عن", "مع", "حول", "عبر", "باسم", "بعنوان", "شعار", "برنامج",
      "موقع", "صحيفه", "مجله", "قناه", "وكاله");

  private static final class Shipped {
    static final Quotes QUOTES = new Quotes(SpeechVerbs.shipped(), TitleLexicon.shipped(), Roles.standard());
  }

  private final SpeechVerbs verbs;
  private final TitleLexicon titles;
  private final Roles roles;

  Quotes(SpeechVerbs verbs, TitleLexicon titles, Roles roles) {
    this.verbs = verbs;
    this.titles = titles;
    this.roles = roles;
  }

  /** Quotes over the shipped lexicons. */
  public static Quotes standard() {
    return Shipped.QUOTES;
  }

  /** Who said it, as found. */
  private record Speaker(String text, String canonical, int start, boolean before) {}

  /** A speech verb and what it introduces. */
  private static final class Candidate {
    final int verb; // token
    final SpeechVerbs.Match match;
    Speaker speaker;
    int subjectEnd; // the token after the subject written after the verb
    int contentStart = -1; // UTF-16
    int contentEnd = -1;
    char opener; // 0 for a clause
    boolean backwards; // a quoted span before the verb
    Candidate cutBy;

    Candidate(int verb, SpeechVerbs.Match match) {
      this.verb = verb;
      this.match = match;
    }
  }

  /**
   * The quotations of {@code text}, in order.
   *
   * @param mentions the article's resolved entities, with roles ({@link EntitiesStage})
   */
  public List<Quote> find(String text, List<EntityMention> mentions) {
    if (text.isEmpty()) return List.of();
    TextIndex ix = new TextIndex(text, mentions);
    int n = ix.size();
    boolean[] aside = new boolean[n];
    List<Candidate> candidates = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      SpeechVerbs.Match m = verbs.at(ix, t);
      if (m == null) continue;
      if (t > 0 && ix.isArabic(t - 1) && relative(ix.key(t - 1))) continue; // التي كشفت, وما يؤكد
      int close = asideEnd(ix, t);
      if (close > 0) {
        for (int k = t - 1; k <= close; k++) aside[k] = true;
        t = close;
      } else {
        candidates.add(new Candidate(t, m));
      }
    }
    if (candidates.isEmpty()) return List.of();
    boolean[] isVerb = new boolean[n];
    for (Candidate c : candidates) isVerb[c.verb] = true;
    Roles.Attachment[] attachments = roles.analyze(ix);
    List<Sentence> sentences = SentenceSplitter.split(text, ix.tokens);
    int[] sentenceOf = new int[n];
    for (int s = 0, t = 0; s < sentences.size(); s++) {
      for (int k = 0; k < sentences.get(s).tokens().size(); k++) sentenceOf[t++] = s;
    }

    Speaker last = null;
    Candidate previous = null;
    for (Candidate c : candidates) {
      c.subjectEnd = c.verb + 1;
      boolean participle = c.match.kind() == SpeechVerbs.Kind.PARTICIPLE;
      Speaker s = participle || c.match.conjunction() ? null : before(ix, c.verb, attachments);
      if (s == null && !participle) s = after(ix, c, attachments);
      if (s == null) { // no subject: the sentence's speaker, else its person, else who spoke last
        if (previous != null && previous.speaker != null && sentenceOf[previous.verb] == sentenceOf[c.verb]) {
          s = previous.speaker;
        } else {
          s = nearestPerson(ix, c.verb, sentences.get(sentenceOf[c.verb]).start());
        }
        if (s == null) s = last;
      }
      c.speaker = s;
      previous = c;
      complement(ix, c, sentenceOf, isVerb, aside);
      if (c.contentStart < 0 && c.match.kind() != SpeechVerbs.Kind.PARTICIPLE) quotedBefore(ix, c);
      if (s != null && c.contentStart >= 0) last = s; // "and he added" refers to who was quoted last
    }

    // ends: the closing mark, the sentence, the paragraph, the next quotation's verb
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.contentStart < 0 || c.backwards) continue;
      int paragraphEnd = ix.paragraphEnd(c.contentStart);
      Candidate next = null;
      for (int j = i + 1; j < candidates.size() && next == null; j++) {
        Candidate d = candidates.get(j); // the next verb that quotes
        if (ix.token(d.verb).start() >= c.contentStart && d.contentStart >= 0) next = d;
      }
      int nextStart = next == null ? Integer.MAX_VALUE : ix.token(next.verb).start();
      int end;
      if (c.opener == 0) {
        int sentence = sentenceOf[Math.min(n - 1, ix.tokenAt(c.contentStart))];
        end = Math.min(sentences.get(sentence).end(), paragraphEnd);
        end = Math.min(end, clauseCloser(text, c.contentStart, end));
      } else {
        int closer = closer(text, c.opener, c.contentStart, paragraphEnd);
        end = closer >= 0 ? closer : paragraphEnd;
        if (c.opener == '"' || closer < 0) end = Math.min(end, Math.max(c.contentStart, nextStart));
      }
      if (nextStart <= end && next != null) {
        end = nextStart;
        c.cutBy = next;
      }
      c.contentEnd = end;
    }

    List<Quote> out = new ArrayList<>();
    Set<Integer> starts = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.contentStart < 0 || c.speaker == null) continue;
      if (c.cutBy != null && c.cutBy.speaker != null && c.cutBy.speaker.before()
          && c.cutBy.speaker.start() >= c.contentStart) {
        continue; // a clause that reports the next speaker's quotation
      }
      int start = c.contentStart, end = c.contentEnd;
      while (start < end && trimmable(text.charAt(start))) start++;
      while (end > start && trimmable(text.charAt(end - 1))) end--;
      if (words(ix, start, end) < 2 || !starts.add(start)) continue;
      out.add(new Quote(text.substring(start, end), start, end, c.speaker.text(), c.speaker.canonical()));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return List.copyOf(out);
  }

  private static boolean relative(String key) {
    return RELATIVES.contains(key) || Keys.hasConjunction(key) && RELATIVES.contains(key.substring(1))
        || key.equals("وما") || key.equals("ومن");
  }

  /** The last token of an aside that verb {@code t} opens between dashes (– يضيف البلاغ -), else -1. */
  private static int asideEnd(TextIndex ix, int t) {
    if (t == 0 || !isDash(ix, t - 1)) return -1;
    for (int k = t + 1; k < ix.size() && k <= t + 4; k++) {
      if (ix.lineBreakBefore(k)) return -1;
      if (isDash(ix, k)) return k;
    }
    return -1;
  }

  private static boolean isDash(TextIndex ix, int t) {
    return ix.isPunctuation(t, '–') || ix.isPunctuation(t, '-') || ix.isPunctuation(t, '—');
  }

  /** The subject written right after a verb, or null when the verb has none there. */
  private Speaker after(TextIndex ix, Candidate c, Roles.Attachment[] attachments) {
    int k = c.verb + 1;
    while (k < ix.size() && !ix.lineBreakBefore(k) && ix.isArabic(k) && ADDRESSEES.contains(ix.key(k))) {
      k++; // قال لنا مرافقنا: "our guide told us"
    }
    if (k >= ix.size() || ix.lineBreakBefore(k)) return null;
    Token tok = ix.token(k);
    for (Roles.Attachment a : attachments) { // a person with a title before the name
      if (a != null && a.before() == tok.start()) { // a clitic would make it an object: لأمين
        c.subjectEnd = ix.tokenAt(a.after());
        return speaker(ix, a.mention(), false);
      }
    }
    int m = ix.mentionAt(k);
    if (m >= 0 && ix.mentions.get(m).start() == tok.start() && (isActor(ix, m) || isSpeakingPlace(ix, m))) {
      EntityMention e = ix.mentions.get(m);
      Roles.Attachment a = attachments[m];
      c.subjectEnd = ix.tokenAt(a != null ? a.after() : e.end());
      return speaker(ix, m, false);
    }
    if (!ix.isArabic(k)) return null;
    String key = ix.key(k);
    if (key.startsWith("لل") // للصحافيين, "to journalists": whom it was said to
        || key.length() >= 4 && key.endsWith("ا") && !key.startsWith("ال") // مبررا: how, not who
            && !key.endsWith("نا") && !key.endsWith("ها") // مرافقنا, "our guide", is who
        || NO_SUBJECT.contains(key) || COMPLEMENTIZER.contains(key)
        || COMPLEMENTIZER_WITH_PRONOUN.contains(key)
        || verbs.at(ix, k) != null || Roles.BREAKERS.contains(key)) {
      return null;
    }
    TitleLexicon.Match title = titles.at(ix, k, false);
    if (title != null) { // a title alone: the person of the article with that role
      int end = title.end() - 1;
      for (int j = title.end(); j < ix.size() && j < title.end() + 8; j++) {
        int mj = ix.mentionAt(j);
        if (ix.lineBreakBefore(j) || mj >= 0 && ix.isPerson(mj)) break;
        if (ix.isPunctuation(j, ')')) { // the body it names closes the title: الكاتب العام ل( مغرب تصدير )
          end = j;
          break;
        }
        if (mj < 0 && (roles.breaks(ix, j) || ix.isArabic(j) && NO_SUBJECT.contains(ix.key(j)))) break;
        end = j;
        if (mj >= 0 && ix.mentions.get(mj).end() <= ix.token(j).end()) { // the body named ends it
          if (j + 1 < ix.size() && ix.isPunctuation(j + 1, ')')) end = j + 1;
          break;
        }
      }
      c.subjectEnd = end + 1;
      String written = ix.text.substring(title.start(), ix.token(end).end());
      return new Speaker(written, byRole(ix, title, end), title.start(), false);
    }
    // another subject: up to three words, and the body or person named in it
    int end = k, words = 0;
    String canonical = null;
    for (int j = k; j < ix.size() && (j == k || !ix.lineBreakBefore(j)); j++) {
      int mj = ix.mentionAt(j);
      if (mj >= 0 && isActor(ix, mj)) {
        // the actor named first: وزارة الخزانة; not إدارة الرئيس جورج بوش, "the Bush administration"
        if (j == k && ix.mentions.get(mj).start() == tok.start()) {
          canonical = ix.mentions.get(mj).canonical();
        }
        end = j;
        continue;
      }
      if (j > k && isOpener(ix, j) && quotedName(ix, j) > 0) { // صحيفة " نيويورك تايمز "
        end = j = quotedName(ix, j);
        continue;
      }
      if (!ix.isArabic(j) || words == 3) break;
      String kj = ix.key(j);
      if (j > k && (NO_SUBJECT.contains(kj) || kj.charAt(0) == 'ب' || kj.charAt(0) == 'ل'
          || COMPLEMENTIZER.contains(kj)
          || COMPLEMENTIZER_WITH_PRONOUN.contains(kj) || Roles.BREAKERS.contains(kj)
          || verbs.at(ix, j) != null)) {
        break;
      }
      words++;
      end = j;
    }
    c.subjectEnd = end + 1;
    return new Speaker(ix.text.substring(tok.start(), ix.token(end).end()), canonical, tok.start(), false);
  }

  /** A person or body named right before verb {@code t} (أن العثماني قال), or null. */
  private static Speaker before(TextIndex ix, int t, Roles.Attachment[] attachments) {
    int p = t - 1;
    while (p >= 0 && ix.isArabic(p) && MODALS.contains(ix.key(p))) p--;
    if (p >= 0 && ix.isComma(p)) p--;
    if (p < 0 || ix.lineBreakBefore(p + 1)) return null;
    int end = ix.token(p).end();
    int m = -1;
    for (Roles.Attachment a : attachments) {
      if (a != null && a.after() == end) m = a.mention();
    }
    if (m < 0) {
      m = ix.mentionAt(p);
      if (m < 0 || ix.mentions.get(m).end() != end || !isActor(ix, m)) return null;
    }
    EntityMention e = ix.mentions.get(m);
    if (ix.token(ix.tokenAt(e.start())).start() != e.start()) return null; // لهسبريس: "to Hespress"
    return speaker(ix, m, true);
  }

  /** Persons and bodies speak; so do countries, named right after the verb (قالت روسيا إن). */
  private static boolean isActor(TextIndex ix, int m) {
    String type = ix.mentions.get(m).type();
    return "PERS".equals(type) || "ORG".equals(type);
  }

  private static boolean isSpeakingPlace(TextIndex ix, int m) {
    return "LOC".equals(ix.mentions.get(m).type());
  }

  private static Speaker speaker(TextIndex ix, int m, boolean before) {
    EntityMention e = ix.mentions.get(m);
    return new Speaker(e.text(), e.canonical(), e.start(), before);
  }

  /** The person named last before token {@code t} in its sentence, or null. */
  private static Speaker nearestPerson(TextIndex ix, int t, int sentenceStart) {
    int before = ix.token(t).start();
    Speaker found = null;
    for (int m = 0; m < ix.mentions.size(); m++) {
      EntityMention e = ix.mentions.get(m);
      if (e.end() > before) break;
      if (e.start() >= sentenceStart && ix.isPerson(m)) found = speaker(ix, m, false);
    }
    return found;
  }

  /**
   * The person of the article whose role has this title, when there is one only: first on the
   * title's head, then, among several, on the whole title as written.
   */
  private static String byRole(TextIndex ix, TitleLexicon.Match title, int end) {
    List<String> head = title.head().words();
    List<String> whole = new ArrayList<>();
    for (int k = title.first(); k <= end; k++) {
      if (ix.isArabic(k)) whole.add(Keys.withoutArticle(ix.key(k)));
    }
    Set<String> byHead = new LinkedHashSet<>(), byWhole = new LinkedHashSet<>();
    for (EntityMention e : ix.mentions) {
      if (!"PERS".equals(e.type()) || e.role() == null || e.canonical() == null) continue;
      List<String> role = new ArrayList<>();
      for (String w : ROLE_WORDS.split(Keys.key(e.role()))) {
        if (!w.isEmpty()) role.add(Keys.withoutArticle(w));
      }
      if (contains(role, head)) byHead.add(e.canonical());
      if (contains(role, whole)) byWhole.add(e.canonical());
    }
    if (byHead.size() == 1) return byHead.iterator().next();
    if (byWhole.size() == 1) return byWhole.iterator().next();
    return null;
  }

  private static boolean contains(List<String> words, List<String> part) {
    if (part.isEmpty()) return false;
    for (int i = 0; i + part.size() <= words.size(); i++) {
      if (words.subList(i, i + part.size()).equals(part)) return true;
    }
    return false;
  }

  /** Finds what verb {@code c} introduces: a quoted span, a colon, or a clause with إن/أن. */
  private static void complement(
      TextIndex ix, Candidate c, int[] sentenceOf, boolean[] isVerb, boolean[] aside) {
    int from = Math.max(c.subjectEnd, c.verb + 1);
    for (int j = from; j < ix.size() && j < from + MAX_SCAN; j++) {
      if (ix.lineBreakBefore(j) || sentenceOf[j] != sentenceOf[c.verb]) return;
      if (aside[j]) continue;
      if (isVerb[j]) return;
      Token t = ix.token(j);
      if (t.type() == Token.Type.PUNCTUATION) {
        char ch = t.text().charAt(0);
        if (ch == '«' || ch == '“' || ch == '"') {
          int name = quotedName(ix, j);
          if (name > 0) {
            j = name; // past the name's closing mark
            continue;
          }
          c.opener = ch;
          c.contentStart = t.end();
          return;
        }
        if (ch == ':') {
          if (j + 1 < ix.size() && !ix.lineBreakBefore(j + 1) && isOpener(ix, j + 1)) {
            c.opener = ix.text(j + 1).charAt(0);
            c.contentStart = ix.token(j + 1).end();
          } else {
            c.contentStart = t.end();
          }
          return;
        }
        continue;
      }
      if (!ix.isArabic(j)) continue;
      String key = ix.key(j);
      boolean bare = COMPLEMENTIZER.contains(key);
      if (!bare && !COMPLEMENTIZER_WITH_PRONOUN.contains(key)) continue;
      if (j > 0 && ix.isArabic(j - 1) && NOT_BEFORE_COMPLEMENTIZER.contains(ix.key(j - 1))
          && !(j > 1 && ix.isArabic(j - 2) && ix.key(j - 2).equals("من"))) { // من قبل أن: "before, that"
        continue;
      }
      if (bare && j + 1 < ix.size() && ix.isArabic(j + 1) && ix.key(j + 1).startsWith("ي")) continue;
      if (bare) {
        if (j + 1 >= ix.size() || ix.lineBreakBefore(j + 1)) return;
        c.contentStart = ix.token(j + 1).start();
        if (isOpener(ix, j + 1)) {
          c.opener = 0; // أن "..." : a clause that quotes; it ends with its sentence
        }
      } else {
        char first = ix.key(j).charAt(0);
        c.contentStart = first == 'ب' || first == 'ف' ? ix.offsetAfterLetters(j, 1) : t.start();
      }
      return;
    }
  }

  /**
   * Where the marks opened at token {@code t} close when they quote a name, not words, else -1: after
   * a preposition or a word that names a title (صحيفة " نيويورك تايمز "), or four words at most that
   * the sentence goes on after (مدير عام " إنترناشيونال كونفرينسز " الذي ...).
   */
  private static int quotedName(TextIndex ix, int t) {
    boolean named = t > 0 && ix.isArabic(t - 1) && PREPOSITIONS.contains(ix.key(t - 1));
    char open = ix.text(t).charAt(0);
    char close = open == '«' ? '»' : open == '“' ? '”' : '"';
    int words = 0;
    for (int k = t + 1; k < ix.size() && !ix.lineBreakBefore(k) && k <= t + 8; k++) {
      Token tok = ix.token(k);
      if (tok.type() == Token.Type.PUNCTUATION && tok.text().charAt(0) == close) {
        boolean goesOn = k + 1 < ix.size() && !ix.lineBreakBefore(k + 1)
            && ix.token(k + 1).type() != Token.Type.PUNCTUATION;
        return named || words <= 4 && goesOn ? k : -1;
      }
      if (tok.type() == Token.Type.ARABIC || tok.type() == Token.Type.WORD) words++;
    }
    return -1;
  }

  private static boolean isOpener(TextIndex ix, int t) {
    if (ix.token(t).type() != Token.Type.PUNCTUATION) return false;
    char ch = ix.text(t).charAt(0);
    return ch == '«' || ch == '“' || ch == '"';
  }

  /** A quoted span right before a verb that has nothing after it: «...»، قال الوزير. */
  private static void quotedBefore(TextIndex ix, Candidate c) {
    int p = c.verb - 1;
    if (p >= 0 && (ix.isComma(p) || isDash(ix, p))) p--;
    if (p < 0 || ix.token(p).type() != Token.Type.PUNCTUATION) return;
    char close = ix.text(p).charAt(0);
    char open = close == '»' ? '«' : close == '”' ? '“' : close == '"' ? '"' : 0;
    if (open == 0) return;
    int end = ix.token(p).start();
    int paragraph = ix.text.lastIndexOf('\n', end - 1) + 1;
    int start = ix.text.lastIndexOf(open, end - 1);
    if (start < paragraph || start < 0) return;
    c.contentStart = start + 1;
    c.contentEnd = end;
    c.opener = open;
    c.backwards = true;
  }

  /** Where the span opened by {@code opener} closes, or -1 within {@code [from, to)}. */
  private static int closer(String text, char opener, int from, int to) {
    if (opener == '«') {
      int depth = 0;
      for (int i = from; i < to; i++) {
        char ch = text.charAt(i);
        if (ch == '«') depth++;
        else if (ch == '»' && depth-- == 0) return i;
      }
      return -1;
    }
    if (opener == '“') {
      for (int i = from; i < to; i++) {
        char ch = text.charAt(i);
        if (ch == '”' || ch == '"') return i;
      }
      return -1;
    }
    int i = text.indexOf('"', from);
    return i < 0 || i >= to ? -1 : i;
  }

  /**
   * Where a clause ends at a closing mark it never opened (…فقدانها”، مقدما), else {@code to}. An
   * ASCII quote followed by a letter opens a span; one followed by punctuation or the end closes.
   */
  private static int clauseCloser(String text, int from, int to) {
    int depth = 0;
    boolean ascii = false;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '«' || ch == '“') depth++;
      else if (ch == '»' || ch == '”') {
        if (depth == 0) return i;
        depth--;
      } else if (ch == '"') {
        if (ascii) {
          ascii = false;
        } else {
          int k = i + 1;
          while (k < to && text.charAt(k) == ' ') k++;
          if (k < to && Character.isLetterOrDigit(text.charAt(k))) ascii = true;
          else return i;
        }
      }
    }
    return to;
  }

  private static boolean trimmable(char ch) {
    return Character.isWhitespace(ch) || "\"«»“”'،,.:;؛-–—(".indexOf(ch) >= 0;
  }

  private static int words(TextIndex ix, int start, int end) {
    int words = 0;
    for (int t = ix.tokenAt(start); t < ix.size() && ix.token(t).start() < end; t++) {
      Token.Type type = ix.token(t).type();
      if (type == Token.Type.ARABIC || type == Token.Type.WORD || type == Token.Type.NUMBER) words++;
    }
    return words;
  }
}

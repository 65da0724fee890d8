package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.model.EntityMention;

/**
 * One actor, one entity: gives every mention the {@code canonical} id of the entity it names.
 *
 * <p><b>The canonical id</b> is {@code type:name}, the type lower-cased ({@code pers}, {@code org},
 * {@code loc}, {@code misc}) and the name's words joined by {@code _}. For an entity of the alias
 * table ({@link Aliases}) it is the table's id, whatever the spelling: {@code
 * org:اتحاد_المغرب_العربي} for الاتحاد المغاربي. Otherwise it is derived from the entity's fullest
 * form in the article by {@link Keys}: hamza, alef maqsura, teh marbuta and diacritics folded,
 * compounds joined (عبد الإله = عبدالإله), and for all but persons the first word's article
 * dropped: أمين زروق gives {@code pers:امين_زروق}, الغابون gives {@code loc:غابون}. The same name
 * gives the same id in every article and every run, so an id is a search key ({@code marsad search
 * --entity}).
 *
 * <p><b>Within an article</b>, persons:
 *
 * <ul>
 *   <li>a form whose words end a longer one (العثماني, بن زايد) names the full form that ends
 *       so, the nearest before it (else after it) when several do; those full forms stay apart:
 *       مهدي علوي and محمد علوي are two people, and علوي alone is the one named last;
 *   <li>a form whose words are a part of a longer one, with its first and last words, names it:
 *       سعد العثماني names سعد الدين العثماني;
 *   <li>a misspelt repetition names the same person: يليان ماسالا after ليليان ماسالا. A misspelling
 *       is one letter added, dropped or swapped with its neighbour, or one letter replaced by one
 *       that transliteration confuses (س/ص, ت/ط, ذ/ز, ك/ق, ج/غ, د/ض, ث/س, ظ/ض), between words of five
 *       letters or more that are not both common given names ({@code given-names.txt}: محمود is not
 *       محمد), the other words equal.
 * </ul>
 *
 * Bodies and places: the same key is the same entity whatever the tagger's type (ORG or LOC), and a
 * name that starts one organization of the article names it when no other starts the same way:
 * الفيدرالية names فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityResolver {
  static final String GIVEN_NAMES = "/marsad/entity/given-names.txt";
  private static final Pattern ID = Pattern.compile("(pers|org|loc|misc):\\S+");
  private static final String[] CONFUSABLE = {"سص", "تط", "ذز", "كق", "جغ", "دض", "ثس", "ظض"};

  private static final class Shipped {
    static final Set<String> GIVEN = loadGivenNames();
    static final EntityResolver RESOLVER = new EntityResolver(Aliases.shipped());
  }

  private final Aliases aliases;

  public EntityResolver(Aliases aliases) {
    this.aliases = aliases;
  }

  /** A resolver over the shipped alias table. */
  public static EntityResolver standard() {
    return Shipped.RESOLVER;
  }

  public Aliases aliases() {
    return aliases;
  }

  /** The id derived from a name alone, without the alias table. */
  public static String derivedId(String name, String type) {
    String t = type == null ? "misc" : type.toLowerCase(Locale.ROOT);
    return t + ":" + Keys.idKey(name, t.equals("pers")).replace(' ', '_');
  }

  /** The canonical id of a name read alone: the alias table's, else the derived one. */
  public String canonical(String name, String type) {
    String id = aliases.idOf(name);
    return id != null && compatible(id, type) ? id : derivedId(name, type);
  }

  /**
   * The canonical ids a name a user typed may stand for, for search: the id itself when it is one,
   * the alias table's, and the ids derived for each type.
   */
  public List<String> candidateIds(String name) {
    String s = name.strip();
    Set<String> out = new LinkedHashSet<>();
    if (ID.matcher(s).matches()) out.add(s);
    String id = aliases.idOf(s);
    if (id != null) out.add(id);
    if (!Keys.matchKey(s).isEmpty()) {
      for (String type : new String[] {"PERS", "ORG", "LOC", "MISC"}) out.add(derivedId(s, type));
    }
    return List.copyOf(out);
  }

  /** Persons match person aliases; bodies and places match each other (taggers confuse them). */
  private static boolean compatible(String id, String type) {
    return id.startsWith("pers:") == "PERS".equals(type);
  }

  /** The mentions of one article, each with its {@code canonical} id; other fields unchanged. */
  public List<EntityMention> resolve(List<EntityMention> mentions) {
    String[] ids = new String[mentions.size()];
    List<Integer> persons = new ArrayList<>(), others = new ArrayList<>();
    for (int m = 0; m < mentions.size(); m++) {
      ("PERS".equals(mentions.get(m).type()) ? persons : others).add(m);
    }
    resolvePersons(mentions, persons, ids);
    resolveOthers(mentions, others, ids);
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (int m = 0; m < mentions.size(); m++) {
      EntityMention e = mentions.get(m);
      out.add(new EntityMention(e.text(), e.type(), e.start(), e.end(), ids[m], e.role(), e.roleOf()));
    }
    return out;
  }

  /** One spelling of a name in the article. */
  private static final class Form {
    final String key;
    final String[] words; // without their article, for comparison
    final List<Integer> mentions = new ArrayList<>();
    Form parent; // union-find

    Form(String key) {
      this.key = key;
      String[] w = key.isEmpty() ? new String[0] : key.split(" ");
      for (int i = 0; i < w.length; i++) w[i] = Keys.withoutArticle(w[i]);
      this.words = w;
    }

    Form root() {
      Form f = this;
      while (f.parent != null) f = f.parent;
      return f;
    }
  }

  private void resolvePersons(List<EntityMention> mentions, List<Integer> persons, String[] ids) {
    Map<String, Form> forms = new LinkedHashMap<>();
    for (int m : persons) {
      String key = Keys.idKey(mentions.get(m).text(), true);
      forms.computeIfAbsent(key, Form::new).mentions.add(m);
    }
    // a short form ends a longer one: العثماني, بن زايد; the others are full forms
    List<Form> full = new ArrayList<>(), shortForms = new ArrayList<>();
    for (Form f : forms.values()) {
      boolean suffix = false;
      for (Form g : forms.values()) suffix |= g.words.length > f.words.length && endsWith(g, f);
      (suffix || f.words.length == 1 ? shortForms : full).add(f);
    }
    // longest first, then most frequent: the form others join
    full.sort((a, b) -> a.words.length != b.words.length ? b.words.length - a.words.length
        : b.mentions.size() - a.mentions.size());
    for (int i = 0; i < full.size(); i++) { // misspelt repetitions: يليان ماسالا, ليليان ماسالا
      for (int j = i + 1; j < full.size(); j++) {
        Form a = full.get(i), b = full.get(j);
        if (a.root() != b.root() && misspelt(a, b)) union(b, a);
      }
    }
    for (int j = 0; j < full.size(); j++) { // part of a longer one: سعد العثماني, سعد الدين العثماني
      Form b = full.get(j);
      Set<Form> into = new HashSet<>();
      for (int i = 0; i < j; i++) {
        Form a = full.get(i);
        if (a.words.length > b.words.length && partOf(b, a)) into.add(a.root());
      }
      if (into.size() == 1 && into.iterator().next() != b.root()) union(b, into.iterator().next());
    }
    Map<Integer, Form> target = new HashMap<>(); // a short form, per mention: the nearest full form
    for (Form s : shortForms) {
      for (int m : s.mentions) {
        Form best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Form f : full) {
          boolean names = f.words.length > s.words.length && endsWith(f, s)
              || s.words.length == 1 && misspelt(f.words[f.words.length - 1], s.words[0]);
          if (!names) continue;
          for (int other : f.mentions) {
            long d = mentions.get(m).start() - mentions.get(other).start();
            long distance = d > 0 ? d : Integer.MAX_VALUE - d; // the nearest before, else after
            if (distance < bestDistance) {
              bestDistance = distance;
              best = f;
            }
          }
        }
        if (best != null) target.put(m, best);
      }
    }
    List<Form> lone = new ArrayList<>(); // single names that name no full form: slips of each other
    for (Form s : shortForms) {
      if (s.words.length == 1 && s.mentions.stream().noneMatch(target::containsKey)) lone.add(s);
    }
    lone.sort((a, b) -> b.mentions.size() - a.mentions.size());
    for (int i = 0; i < lone.size(); i++) {
      for (int j = i + 1; j < lone.size(); j++) {
        if (misspelt(lone.get(i).words[0], lone.get(j).words[0])) union(lone.get(j), lone.get(i));
      }
    }
    // one id per group: the alias table's, else derived from the group's fullest form
    Map<Form, List<Form>> groups = new LinkedHashMap<>();
    for (Form f : forms.values()) groups.computeIfAbsent(f.root(), k -> new ArrayList<>()).add(f);
    Map<Form, String> groupId = new HashMap<>();
    for (Map.Entry<Form, List<Form>> g : groups.entrySet()) {
      String id = null;
      Form best = null;
      for (Form f : g.getValue()) {
        if (id == null) {
          String alias = aliases.idOfKey(Keys.matchKey(f.key));
          if (alias != null && alias.startsWith("pers:")) id = alias;
        }
        if (best == null || f.words.length > best.words.length
            || f.words.length == best.words.length && (f.mentions.size() > best.mentions.size()
                || f.mentions.size() == best.mentions.size() && f.key.length() > best.key.length())) {
          best = f;
        }
      }
      groupId.put(g.getKey(), id != null ? id : "pers:" + best.key.replace(' ', '_'));
    }
    for (Form f : forms.values()) {
      for (int m : f.mentions) {
        Form t = target.get(m);
        ids[m] = groupId.get(t != null ? t.root() : f.root());
      }
    }
  }

  /** Whether {@code longer}'s last words are {@code tail}'s words. */
  private static boolean endsWith(Form longer, Form tail) {
    int offset = longer.words.length - tail.words.length;
    if (offset < 0) return false;
    for (int i = 0; i < tail.words.length; i++) {
      if (!longer.words[offset + i].equals(tail.words[i])) return false;
    }
    return true;
  }

  private static void union(Form child, Form parent) {
    Form c = child.root(), p = parent.root();
    if (c != p) c.parent = p;
  }

  /** Whether {@code b}'s words are a part of {@code a}'s, first and last words equal. */
  private static boolean partOf(Form b, Form a) {
    if (!b.words[0].equals(a.words[0]) || !b.words[b.words.length - 1].equals(a.words[a.words.length - 1])) {
      return false;
    }
    int i = 0;
    for (String w : a.words) if (i < b.words.length && w.equals(b.words[i])) i++;
    return i == b.words.length;
  }

  /** Two full forms that differ in one word, misspelt. */
  private static boolean misspelt(Form a, Form b) {
    if (a.words.length != b.words.length) return false;
    int differ = -1;
    for (int i = 0; i < a.words.length; i++) {
      if (a.words[i].equals(b.words[i])) continue;
      if (differ >= 0) return false;
      differ = i;
    }
    return differ >= 0 && misspelt(a.words[differ], b.words[differ]);
  }

  /** Two words one slip apart, both of five letters or more, not two common given names. */
  static boolean misspelt(String a, String b) {
    if (a.length() < 5 || b.length() < 5 || a.equals(b)) return false;
    if (Shipped.GIVEN.contains(a) && Shipped.GIVEN.contains(b)) return false;
    return oneSlip(a, b);
  }

  private static boolean oneSlip(String a, String b) {
    int la = a.length(), lb = b.length();
    if (Math.abs(la - lb) > 1) return false;
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
    if (la != lb) { // one letter added or dropped
      String longer = la > lb ? a : b, shorter = la > lb ? b : a;
      return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }
    if (i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.regionMatches(i + 2, b, i + 2, la - i - 2)) {
      return true; // neighbours swapped
    }
    return confusable(a.charAt(i), b.charAt(i)) && a.regionMatches(i + 1, b, i + 1, la - i - 1);
  }

  private static boolean confusable(char x, char y) {
    for (String pair : CONFUSABLE) {
      if (pair.indexOf(x) >= 0 && pair.indexOf(y) >= 0 && x != y) return true;
    }
    return false;
  }

  private void resolveOthers(List<EntityMention> mentions, List<Integer> others, String[] ids) {
    Map<String, Form> forms = new LinkedHashMap<>();
    Map<Form, String> type = new HashMap<>();
    for (int m : others) {
      EntityMention e = mentions.get(m);
      Form f = forms.computeIfAbsent(Keys.matchKey(e.text()), Form::new);
      f.mentions.add(m);
      type.putIfAbsent(f, e.type() == null ? "MISC" : e.type());
    }
    Map<Form, String> alias = new HashMap<>();
    Map<String, Form> byAlias = new HashMap<>();
    for (Form f : forms.values()) {
      String id = aliases.idOfKey(f.key);
      if (id == null || id.startsWith("pers:")) continue;
      alias.put(f, id);
      Form same = byAlias.putIfAbsent(id, f);
      if (same != null) union(f, same);
    }
    for (Form f : forms.values()) { // دولة ليبيا is ليبيا: a state's word before a place the table lacks
      if (alias.containsKey(f) || !"LOC".equals(type.get(f)) || f.words.length < 2) continue;
      if (!org.marsad.entity.ner.NerTagger.STATE_WORDS.contains(f.words[0])) continue;
      String rest = f.key.substring(f.key.indexOf(' ') + 1);
      int sp = rest.indexOf(' ');
      rest = sp < 0 ? Keys.withoutArticle(rest) : Keys.withoutArticle(rest.substring(0, sp)) + rest.substring(sp);
      String id = aliases.idOfKey(rest);
      if (id == null || id.startsWith("pers:")) id = "loc:" + rest.replace(' ', '_');
      alias.put(f, id);
      Form same = byAlias.putIfAbsent(id, f);
      if (same != null) union(f, same);
    }
    for (Form f : forms.values()) { // the place alone, in the same article, joins it
      if (alias.containsKey(f) || !"LOC".equals(type.get(f))) continue;
      Form same = byAlias.get("loc:" + f.key.replace(' ', '_'));
      if (same != null) union(f, same);
    }
    for (Form f : forms.values()) { // a name that starts exactly one organization: الفيدرالية
      if (alias.containsKey(f) || !"ORG".equals(type.get(f)) || f.words.length == 0) continue;
      Set<Form> into = new HashSet<>();
      for (Form g : forms.values()) {
        if (g.words.length > f.words.length && "ORG".equals(type.get(g)) && startsWith(g, f)) {
          into.add(g.root());
        }
      }
      if (into.size() == 1) union(f, into.iterator().next());
    }
    Map<Form, String> groupId = new HashMap<>();
    Map<Form, Form> best = new HashMap<>();
    for (Form f : forms.values()) {
      Form root = f.root();
      if (alias.containsKey(f)) groupId.putIfAbsent(root, alias.get(f));
      Form b = best.get(root);
      if (b == null || f.words.length > b.words.length
          || f.words.length == b.words.length && f.mentions.size() > b.mentions.size()) {
        best.put(root, f);
      }
    }
    for (Form f : forms.values()) {
      Form root = f.root();
      String id = groupId.get(root);
      if (id == null) {
        Form b = best.get(root);
        id = type.get(b).toLowerCase(Locale.ROOT) + ":" + b.key.replace(' ', '_');
      }
      for (int m : f.mentions) ids[m] = id;
    }
  }

  private static boolean startsWith(Form longer, Form prefix) {
    for (int i = 0; i < prefix.words.length; i++) {
      if (!longer.words[i].equals(prefix.words[i])) return false;
    }
    return true;
  }

  private static Set<String> loadGivenNames() {
    Set<String> names = new HashSet<>();
    try (InputStream in = EntityResolver.class.getResourceAsStream(GIVEN_NAMES)) {
      if (in == null) throw new IllegalStateException(GIVEN_NAMES + " is missing from the class path");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        names.add(Keys.withoutArticle(Keys.idKey(line, true)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(GIVEN_NAMES, e);
    }
    return Set.copyOf(names);
  }
}

package org.marsad.event;

import org.marsad.model.DateMention;
import org.marsad.model.EntityMention;
import org.marsad.model.Quote;

/**
 * Hand-made mentions on a real text, placed with {@code indexOf} so their offsets are right: a
 * needle is looked for inside the first occurrence of a longer context that pins it down ("الغابون"
 * in "بالغابون ليليان").
 */
final class Marks {
  private final String text;

  Marks(String text) {
    this.text = text;
  }

  int at(String needle, String context) {
    int c = text.indexOf(context);
    if (c < 0) throw new AssertionError("not in the text: " + context);
    int n = context.indexOf(needle);
    if (n < 0) throw new AssertionError(needle + " is not in " + context);
    return c + n;
  }

  EntityMention entity(String needle, String context, String type, String canonical, String role) {
    int s = at(needle, context);
    // canonical ids are typed (pers:سعد_الدين_العثماني), as EntityResolver makes them
    String id = canonical == null ? null : type.toLowerCase(java.util.Locale.ROOT) + ":" + canonical.replace(' ', '_');
    return new EntityMention(needle, type, s, s + needle.length(), id, role);
  }

  /** The name in a typed id: pers:سعد_الدين_العثماني gives سعد الدين العثماني. */
  static String name(String id) {
    return id == null ? null : id.substring(id.indexOf(':') + 1).replace('_', ' ');
  }

  EntityMention entity(String needle, String type, String canonical) {
    return entity(needle, needle, type, canonical, null);
  }

  DateMention date(String needle, String context, String value, boolean relative) {
    int s = at(needle, context);
    return new DateMention(needle, value, s, s + needle.length(), relative);
  }

  Quote quote(String needle, String speaker, String speakerCanonical) {
    int s = at(needle, needle);
    return new Quote(needle, s, s + needle.length(), speaker,
        speakerCanonical == null ? null : "pers:" + speakerCanonical.replace(' ', '_'));
  }
}

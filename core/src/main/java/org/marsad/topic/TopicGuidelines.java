package org.marsad.topic;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;

/**
 * Marsad's labelling guideline where it departs from the desks of its training corpus, applied to
 * training labels only (dev scores are always against the corpus's own labels).
 *
 * <p>One departure: <b>the ICT sector is technology</b>. ANT's desks file news whose subject is the
 * information and communication technology sector itself — telecom ministries and operators,
 * "تكنولوجيا المعلومات والاتصال" (information and communication technology), digital
 * transformation, internet governance — mostly under economy (AlArabiya's "aswaq") and sometimes
 * under the news desks, while Marsad's topic follows the subject, as the technology pages of
 * Maghreb outlets do. An article of another desk whose headline or first sentence names the
 * sector is trained as technology.
 */
public final class TopicGuidelines {
  private TopicGuidelines() {}

  /** ICT-sector phrases, on matching keys (alef, teh marbuta and yeh folded: معلومات, اتصالات). */
  static final Pattern ICT_SECTOR =
      Pattern.compile(
          "(?:تكنولوجيا?ت?|تقنيه|تقنيات) ?(?:ال)?(?:معلومات|اتصال|اعلام)"
              + "|(?:ال)?تكنولوجيا?ت? ال?جديده للاعلام|الاعلام والاتصال"
              + "|(?:قطاع|وزار\\S*|وزير\\S*|شركات|شبكات|خدمات) (?:ال)?اتصالات"
              + "|(?:الاقتصاد|التحول|التحويل) الرقمي|الرقمنه|حوكمه الانترنت"
              + "|(?:ال)?جيل (?:ال)?خامس لل?اتصالات");

  /** The label to train on: the corpus's own, unless the guideline says otherwise. */
  static String trainingLabel(NewsRecord r, List<String> labels) {
    String label = r.category();
    if (label == null || label.equals("technology") || !labels.contains("technology")) return label;
    if (label.equals("sport") || label.equals("culture")) return label;
    return namesIctSector(r.title(), r.body()) ? "technology" : label;
  }

  /** Whether the headline or the first sentence of the body names the ICT sector. */
  static boolean namesIctSector(String title, String body) {
    String head = (title == null ? "" : title) + "\n" + firstSentence(body == null ? "" : body);
    Matcher m = ICT_SECTOR.matcher(ArabicNormalizer.searchKey(head));
    return m.find();
  }

  /** The body up to the first sentence end or line break after its first 40 characters. */
  static String firstSentence(String body) {
    int limit = Math.min(body.length(), 400);
    for (int i = Math.min(40, limit); i < limit; i++) {
      char c = body.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\n') return body.substring(0, i);
    }
    return body.substring(0, limit);
  }
}

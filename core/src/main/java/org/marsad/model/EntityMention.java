package org.marsad.model;

/**
 * A named entity mentioned in the text.
 *
 * @param text the mention as written
 * @param type PERS, ORG, LOC or MISC (more types may follow)
 * @param start UTF-16 offset of the first character in the article text
 * @param end UTF-16 offset after the last character
 * @param canonical stable id of the entity across articles ({@code pers:سعد_الدين_العثماني}, see
 *     docs/SCHEMA.md), or null when unresolved
 * @param role a title or role attached to a person ("رئيس الحكومة", head of government), or null
 * @param roleOf the canonical id of the body or country the role names ({@code
 *     org:جامعة_الدول_العربية} for "الأمين العام المساعد ... بجامعة الدول العربية"), or null
 */
public record EntityMention(
    String text, String type, int start, int end, String canonical, String role, String roleOf) {

  /** A mention whose role names no body or country. */
  public EntityMention(String text, String type, int start, int end, String canonical, String role) {
    this(text, type, start, end, canonical, role, null);
  }
}

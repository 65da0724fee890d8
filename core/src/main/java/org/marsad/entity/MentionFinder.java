package org.marsad.entity;

import java.util.List;
import org.marsad.model.EntityMention;

/**
 * Finds the named entities of a text: the seam between a tagger (the statistical one in {@code
 * org.marsad.entity.ner}, or any other) and what Marsad does with its mentions ({@link Roles},
 * {@link EntityResolver}, {@link Quotes}).
 *
 * <p>An implementation returns mentions in text order, not overlapping, each spanning the name
 * only: no clitic (the {@code ل} of لرئاسة الحكومة stays out of رئاسة الحكومة) and, ideally, no
 * title (رئيس الحكومة stays out of سعد الدين العثماني; {@link Roles#trimTitles} moves a leading one
 * out). Offsets are UTF-16 indices into {@code text}, end exclusive; {@code type} is PERS, ORG, LOC
 * or MISC; {@code canonical}, {@code role} and {@code roleOf} are left null, later steps fill them.
 * Implementations are thread-safe and load their models once.
 */
@FunctionalInterface
public interface MentionFinder {
  List<EntityMention> find(String text);
}

package org.marsad.spark;

import org.marsad.pipeline.Pipeline;

/**
 * The standard pipeline, built once per executor JVM on first use (the NER, topic and headline
 * models are loaded then) and shared by the JVM's task threads: {@link Pipeline#analyze} holds no
 * state between calls.
 */
final class Analyzers {
  private Analyzers() {}

  private static final class Holder {
    static final Pipeline STANDARD = Pipeline.standard();
  }

  static Pipeline standard() {
    return Holder.STANDARD;
  }
}

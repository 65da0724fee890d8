package org.marsad.entity.ner;

import java.io.IOException;
import java.nio.file.Path;

/** Assembles a {@link NerLexicon} from name lists and a clusters file, either optional. */
public final class NerLexiconBuilder {
  private NerLexiconBuilder() {}

  public static NerLexicon build(Path gazetteerDir, Path clustersFile) throws IOException {
    LongIntMap gazetteer = new LongIntMap(1 << 17);
    int max = gazetteerDir == null ? 0 : Gazetteers.load(gazetteerDir, gazetteer);
    LongIntMap clusters =
        clustersFile == null ? new LongIntMap(16) : ClusterBuilder.readClusters(clustersFile);
    return new NerLexicon(clusters, gazetteer, max);
  }
}

package org.marsad.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.marsad.store.StoreException;

/**
 * The saved searches of a store, in a small Lucene index of their own ({@code DIR/searches}), apart
 * from the watch state so that {@code marsad alerts add} works while {@code marsad watch} runs: the
 * watch reads the last commit at each round; changes open a writer for a moment.
 */
public final class SavedSearches {
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final String ID = "id", VALUE = "json";

  private final Path folder;

  public SavedSearches(Path storeDir) {
    this.folder = storeDir.resolve("searches");
  }

  /** Every saved search, oldest first. */
  public List<SavedSearch> list() throws IOException {
    if (!Files.isDirectory(folder)) return List.of();
    try (Directory dir = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(dir)) return List.of();
      List<SavedSearch> out = new ArrayList<>();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          Bits live = leaf.reader().getLiveDocs();
          StoredFields stored = leaf.reader().storedFields();
          for (int d = 0; d < leaf.reader().maxDoc(); d++) {
            if (live != null && !live.get(d)) continue;
            out.add(read(stored.document(d).get(VALUE)));
          }
        }
      }
      out.sort(Comparator.comparingLong(SavedSearch::created).thenComparing(SavedSearch::id));
      return out;
    }
  }

  public Optional<SavedSearch> get(String id) throws IOException {
    return list().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Saves a search under a new id made from its name ({@code name}, {@code name-2}, …), after
   * checking that its query reads.
   */
  public SavedSearch add(SavedSearch search) throws IOException {
    AlertMatcher.query(search); // fails here, with the reason, rather than while watching
    List<SavedSearch> existing = list();
    String base = slug(search.id());
    String id = base;
    for (int n = 2; contains(existing, id); n++) id = base + "-" + n;
    SavedSearch saved = new SavedSearch(id, search.name(), search.query(), search.entity(),
        search.theme(), search.topic(), search.source(), search.event(), search.language(),
        search.webhook(), search.created());
    try (Directory dir = open(); IndexWriter writer = writer(dir)) {
      Document doc = new Document();
      doc.add(new StringField(ID, id, Field.Store.NO));
      doc.add(new StoredField(VALUE, write(saved)));
      writer.updateDocument(new Term(ID, id), doc);
      writer.commit();
    }
    return saved;
  }

  /** Removes a saved search; false when there is none with that id. */
  public boolean remove(String id) throws IOException {
    if (!contains(list(), id)) return false;
    try (Directory dir = open(); IndexWriter writer = writer(dir)) {
      writer.deleteDocuments(new Term(ID, id));
      writer.commit();
    }
    return true;
  }

  private static boolean contains(List<SavedSearch> list, String id) {
    return list.stream().anyMatch(s -> s.id().equals(id));
  }

  private Directory open() throws IOException {
    Files.createDirectories(folder);
    return FSDirectory.open(folder);
  }

  private IndexWriter writer(Directory dir) throws IOException {
    try {
      return new IndexWriter(dir, new IndexWriterConfig());
    } catch (LockObtainFailedException e) {
      throw new StoreException(folder + ": another Marsad process is changing the saved searches;"
          + " try again");
    }
  }

  /** An id from a name: letters (Arabic included) and digits, dashes between words. */
  static String slug(String name) {
    String s = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFKC)
        .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 40) s = s.substring(0, 40).replaceAll("-+$", "");
    return s.isEmpty() ? "search" : s;
  }

  private static String write(SavedSearch s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static SavedSearch read(String json) {
    try {
      return JSON.readValue(json, SavedSearch.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable saved search: " + json, e);
    }
  }
}

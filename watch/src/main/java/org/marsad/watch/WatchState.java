package org.marsad.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * What watching remembers, in a small Lucene index of its own beside the articles ({@code
 * DIR/watch}): the sources and their health, the listed URLs and the feeds they led to, every page
 * seen (by URL key, and by content hash), the alert matches, and how far the raw-page archive is
 * reflected in the store. Each entry is one document, keyed {@code kind:id}, with its record as
 * JSON; puts replace by key.
 *
 * <p>Crash safety: Lucene commits are atomic, and {@link Watcher} commits this index right after
 * the article store, recording the archive position before which everything is in both; on a
 * restart the archive records after that position are put again from the archive, never fetched
 * again. Growing state (the seen pages) lives in the index, not the heap: only the entries written
 * since the last refresh are kept in memory.
 *
 * <p>Thread-safe.
 */
public final class WatchState implements Closeable {
  static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final String KEY = "key", KIND = "kind", VALUE = "json", HASH = "content_hash",
      GROUP = "group", TIME = "time";

  private final Directory directory;
  private final IndexWriter writer;
  private final Object lock = new Object();
  /** Entries written since the reader was last refreshed: key to JSON, null for a removal. */
  private final Map<String, String> pending = new HashMap<>();
  private final Set<String> pendingHashes = new HashSet<>();
  private DirectoryReader reader;

  private WatchState(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    if (!DirectoryReader.indexExists(directory)) writer.commit();
    this.reader = DirectoryReader.open(writer);
  }

  /**
   * The watched sources as of the last commit, for health listings; reads without the write lock,
   * so it works while a watch runs.
   */
  public static List<Source> sources(Path storeDir) throws IOException {
    Path folder = storeDir.resolve("watch");
    if (!Files.isDirectory(folder)) return List.of();
    List<Source> out = new ArrayList<>();
    try (Directory dir = FSDirectory.open(folder)) {
      if (!DirectoryReader.indexExists(dir)) return List.of();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery query = new TermQuery(new Term(KIND, Watcher.SOURCE));
        TopDocs top = searcher.search(query, Math.max(1, reader.maxDoc()));
        for (ScoreDoc d : top.scoreDocs) {
          out.add(read(searcher.storedFields().document(d.doc).get(VALUE), Source.class));
        }
      }
    }
    return out;
  }

  /** Opens (creating if needed) the watch state of the store in {@code storeDir}. */
  public static WatchState open(Path storeDir) throws IOException {
    Path folder = storeDir.resolve("watch");
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig();
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(16);
    try {
      return new WatchState(directory, new IndexWriter(directory, config));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new org.marsad.store.StoreException(
          storeDir + ": the watch state is in use by another Marsad process");
    }
  }

  /** The entry under {@code kind:id}, or empty. */
  public <T> Optional<T> get(String kind, String id, Class<T> type) throws IOException {
    String key = kind + ":" + id;
    String json;
    synchronized (lock) {
      if (pending.containsKey(key)) {
        json = pending.get(key);
      } else {
        json = find(key);
      }
    }
    return json == null ? Optional.empty() : Optional.of(read(json, type));
  }

  /**
   * Puts an entry, replacing the one under the same key.
   *
   * @param group an extra key to list entries by ({@link #group}), or null
   * @param contentHash a content hash to find the entry by ({@link #hasContent}), or null
   */
  public void put(String kind, String id, Object value, String group, String contentHash,
      long time) throws IOException {
    String key = kind + ":" + id;
    String json = write(value);
    Document doc = new Document();
    doc.add(new StringField(KEY, key, Field.Store.NO));
    doc.add(new StringField(KIND, kind, Field.Store.NO));
    doc.add(new StoredField(VALUE, json));
    if (group != null) doc.add(new StringField(GROUP, kind + ":" + group, Field.Store.NO));
    if (contentHash != null) doc.add(new StringField(HASH, contentHash, Field.Store.NO));
    doc.add(new NumericDocValuesField(TIME, time));
    synchronized (lock) {
      writer.updateDocument(new Term(KEY, key), doc);
      pending.put(key, json);
      if (contentHash != null) pendingHashes.add(contentHash);
    }
  }

  public void put(String kind, String id, Object value) throws IOException {
    put(kind, id, value, null, null, 0);
  }

  public void remove(String kind, String id) throws IOException {
    String key = kind + ":" + id;
    synchronized (lock) {
      writer.deleteDocuments(new Term(KEY, key));
      pending.put(key, null);
    }
  }

  /** Whether some entry carries this content hash. */
  public boolean hasContent(String contentHash) throws IOException {
    synchronized (lock) {
      if (pendingHashes.contains(contentHash)) return true;
      return new IndexSearcher(reader).count(new TermQuery(new Term(HASH, contentHash))) > 0;
    }
  }

  /** Every entry of a kind. */
  public <T> List<T> all(String kind, Class<T> type) throws IOException {
    return list(new TermQuery(new Term(KIND, kind)), Integer.MAX_VALUE, type);
  }

  /** The latest {@code limit} entries of a kind in a group, newest first. */
  public <T> List<T> group(String kind, String group, int limit, Class<T> type) throws IOException {
    return list(new TermQuery(new Term(GROUP, kind + ":" + group)), limit, type);
  }

  /** Removes every entry of a kind in a group. */
  public void removeGroup(String kind, String group) throws IOException {
    synchronized (lock) {
      writer.deleteDocuments(new Term(GROUP, kind + ":" + group));
      refreshLocked();
    }
  }

  private <T> List<T> list(TermQuery query, int limit, Class<T> type) throws IOException {
    List<String> values = new ArrayList<>();
    synchronized (lock) {
      refreshLocked();
      IndexSearcher searcher = new IndexSearcher(reader);
      int n = Math.max(1, Math.min(limit, Math.max(1, reader.maxDoc())));
      TopDocs top = searcher.search(query, n,
          new Sort(new SortField(TIME, SortField.Type.LONG, true)));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc d : top.scoreDocs) values.add(stored.document(d.doc).get(VALUE));
    }
    List<T> out = new ArrayList<>(values.size());
    for (String v : values) out.add(read(v, type));
    return out;
  }

  private String find(String key) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(new TermQuery(new Term(KEY, key)), 1);
    if (top.scoreDocs.length == 0) return null;
    return searcher.storedFields().document(top.scoreDocs[0].doc).get(VALUE);
  }

  private void refreshLocked() throws IOException {
    DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
    if (fresh != null) {
      reader.close();
      reader = fresh;
    }
    pending.clear();
    pendingHashes.clear();
  }

  /** Makes every put so far durable. */
  public void commit() throws IOException {
    writer.commit();
    synchronized (lock) {
      refreshLocked();
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write watch state " + value, e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable watch state entry: " + json, e);
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (lock) {
      try {
        writer.commit();
        writer.close();
      } finally {
        reader.close();
        directory.close();
      }
    }
  }
}

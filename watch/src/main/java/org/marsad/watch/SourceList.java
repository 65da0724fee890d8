package org.marsad.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.marsad.ingest.TextDecoder;

/**
 * Reads a sources file: an OPML outline (each {@code outline} with an {@code xmlUrl}, or else an
 * {@code htmlUrl}) or a text file of URLs, one a line ({@code #} starts a comment). Each URL is a
 * feed or a site's home page; the same URL twice is listed once.
 */
public final class SourceList {
  private SourceList() {}

  /** The URLs, and one line for each entry that is not a usable URL. */
  public record Read(List<String> urls, List<String> problems) {}

  public static Read read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = TextDecoder.decode(bytes, TextDecoder.declaredCharset(bytes)).text();
    Map<String, String> urls = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    if (text.stripLeading().startsWith("<") && text.toLowerCase(Locale.ROOT).contains("<opml")) {
      Document opml = Jsoup.parse(text, "", Parser.xmlParser());
      int n = 0;
      for (Element outline : opml.select("outline")) {
        n++;
        String url = outline.attr("xmlUrl");
        if (url.isBlank()) url = outline.attr("htmlUrl");
        if (url.isBlank()) continue; // a folder of outlines
        add(url.strip(), file + ": outline " + n, urls, problems);
      }
    } else {
      String[] lines = text.split("\r?\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        add(line.split("\\s+")[0], file + ": line " + (i + 1), urls, problems);
      }
    }
    return new Read(List.copyOf(urls.values()), problems);
  }

  private static void add(String url, String where, Map<String, String> urls,
      List<String> problems) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        problems.add(where + ": '" + url + "' is not an http(s) URL; skipped");
        return;
      }
      urls.putIfAbsent(UrlKey.of(url), url);
    } catch (URISyntaxException e) {
      problems.add(where + ": '" + url + "' is not a URL (" + e.getReason() + "); skipped");
    }
  }
}

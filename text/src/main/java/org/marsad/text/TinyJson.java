package org.marsad.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Just enough JSON for the corpus readers of this dependency-free module: the string-valued
 * top-level fields of one object (other values are skipped; nested ones kept as null).
 */
final class TinyJson {
  private TinyJson() {}

  static Map<String, String> strings(String json) {
    Map<String, String> out = new HashMap<>();
    int[] pos = {skipWs(json, 0)};
    expect(json, pos, '{');
    while (true) {
      pos[0] = skipWs(json, pos[0]);
      if (peek(json, pos) == '}') return out;
      String key = string(json, pos);
      pos[0] = skipWs(json, pos[0]);
      expect(json, pos, ':');
      pos[0] = skipWs(json, pos[0]);
      if (peek(json, pos) == '"') out.put(key, string(json, pos));
      else {
        skipValue(json, pos);
        out.put(key, null);
      }
      pos[0] = skipWs(json, pos[0]);
      char c = peek(json, pos);
      pos[0]++;
      if (c == '}') return out;
      if (c != ',') throw new IllegalArgumentException("expected , or } at " + (pos[0] - 1));
    }
  }

  private static char peek(String s, int[] pos) {
    if (pos[0] >= s.length()) throw new IllegalArgumentException("truncated JSON");
    return s.charAt(pos[0]);
  }

  private static void expect(String s, int[] pos, char c) {
    if (peek(s, pos) != c) throw new IllegalArgumentException("expected " + c + " at " + pos[0]);
    pos[0]++;
  }

  private static int skipWs(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    return i;
  }

  private static String string(String s, int[] pos) {
    expect(s, pos, '"');
    StringBuilder b = new StringBuilder();
    int i = pos[0];
    while (true) {
      if (i >= s.length()) throw new IllegalArgumentException("unterminated string");
      char c = s.charAt(i++);
      if (c == '"') break;
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(s, i, i + 4, 16));
          i += 4;
        }
        default -> b.append(e);
      }
    }
    pos[0] = i;
    return b.toString();
  }

  private static void skipValue(String s, int[] pos) {
    int depth = 0;
    int i = pos[0];
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        pos[0] = i;
        string(s, pos);
        i = pos[0];
        if (depth == 0) break;
        continue;
      }
      if (c == '{' || c == '[') depth++;
      else if (c == '}' || c == ']') {
        if (depth == 0) break;
        depth--;
        if (depth == 0) {
          i++;
          break;
        }
      } else if (c == ',' && depth == 0) break;
      i++;
    }
    pos[0] = i;
  }
}

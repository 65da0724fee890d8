package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.text.ConlluWriter;
import org.marsad.text.Segment;
import org.marsad.text.Sentence;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad tokenize --format conllu FILE}: sentences, tokens and clitic segments. */
@Command(name = "tokenize", mixinStandardHelpOptions = true,
    description = {
      "Split plain text into sentences and tokens, with clitic segmentation of Arabic words"
          + " (و+ب+ال+تالي). Each line of FILE is a paragraph.",
      "conllu: CoNLL-U with multiword-token lines for clitic splits (3-4 لأوباما, then 3 ل, 4 أوباما),"
          + " for the UD evaluation script; tokens: one sentence a line, segments joined by +."
    })
final class TokenizeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "UTF-8 text files, or - for stdin.")
  List<String> files;

  @Option(names = "--format", defaultValue = "conllu", description = "conllu (default) or tokens.")
  Format format;

  @Option(names = "--style", defaultValue = "multiword",
      description = "CoNLL-U clitics as multiword tokens (default) or as tokens of their own"
          + " (split, the convention of Arabic-PUD).")
  Style style;

  enum Format { conllu, tokens }

  enum Style { multiword, split }

  @Override
  public Integer call() throws IOException {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    ConlluWriter writer = new ConlluWriter(
        style == Style.split ? ConlluWriter.Style.SPLIT : ConlluWriter.Style.MULTIWORD);
    int failed = 0;
    for (String file : files) {
      try (BufferedReader in = file.equals("-")
          ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
          : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        String name = file.equals("-") ? "stdin" : Path.of(file).getFileName().toString();
        int lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lineNo++;
          if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
          if (line.isBlank()) continue;
          List<Sentence> sentences = SentenceSplitter.sentences(line);
          if (format == Format.conllu) {
            out.print(writer.write(name + "-" + lineNo, line, sentences));
          } else {
            for (Sentence s : sentences) out.println(tokens(line, s));
          }
        }
      } catch (NoSuchFileException e) {
        System.err.println(file + ": no such file; skipped");
        failed++;
      } catch (java.nio.charset.MalformedInputException e) {
        System.err.println(file + ": not UTF-8 text; skipped");
        failed++;
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  static String tokens(String text, Sentence s) {
    StringBuilder b = new StringBuilder();
    for (Token t : s.tokens()) {
      if (b.length() > 0) b.append(' ');
      if (!t.isSplit()) {
        b.append(t.text());
        continue;
      }
      for (int i = 0; i < t.segments().size(); i++) {
        Segment seg = t.segments().get(i);
        if (i > 0) b.append('+');
        b.append(seg.surface(text));
      }
    }
    return b.toString();
  }
}

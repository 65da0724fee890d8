package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.ner.NerCorpus;
import org.marsad.entity.ner.NerSentence;
import org.marsad.entity.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad ner --conll FILE}: tags each token of a CoNLL file with the shipped model. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {
      "Tag named entities (PERS, LOC, ORG, MISC in BIO) in a CoNLL file: 'token [tag]' lines, a"
          + " blank line between sentences. Prints 'token<TAB>predicted-tag' for every token, in"
          + " order, blank lines kept. Gold tags in the input are ignored."
    })
final class NerCommand implements Callable<Integer> {
  @Option(names = "--conll", required = true, paramLabel = "FILE",
      description = "CoNLL input ('-' for standard input; .gz accepted).")
  String conll;

  @Override
  public Integer call() throws Exception {
    List<NerSentence> sentences = readConll(conll);
    NerTagger tagger = NerTagger.standard();
    PrintWriter out =
        new PrintWriter(new BufferedWriter(
            new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
    List<List<String>> words = new java.util.ArrayList<>();
    for (NerSentence s : sentences) words.add(s.tokens());
    List<List<String>> all = tagger.tagAll(words, NerTagger.WINDOW);
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0) out.print('\n');
      List<String> tokens = words.get(s);
      List<String> tags = all.get(s);
      for (int i = 0; i < tokens.size(); i++) {
        out.print(tokens.get(i));
        out.print('\t');
        out.print(tags.get(i));
        out.print('\n');
      }
    }
    out.flush();
    return 0;
  }

  /** Reads a CoNLL file or stdin; a missing file or bad tag is one clear line. */
  static List<NerSentence> readConll(String name) throws Exception {
    if (name.equals("-")) {
      return NerCorpus.read(
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "stdin");
    }
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException(name + ": no such file");
    try {
      return NerCorpus.read(file);
    } catch (java.io.IOException e) {
      String m = e.getMessage();
      throw new IllegalArgumentException(m != null && m.startsWith(name) ? m : name + ": " + m);
    }
  }
}

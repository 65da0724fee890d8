package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.InputProblem;
import org.marsad.ingest.InputReader;
import org.marsad.ingest.RawDocument;
import org.marsad.json.ArticleJson;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad analyze PATH...}: one article record per line, nothing stored. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles and print one JSON record per article (JSONL) on stdout; nothing is stored.",
      "Inputs: files or folders (recursive), or - for stdin: text pages, HTML, WARC(.gz), RSS/Atom,"
          + " JSONL(.gz), TREC <DOC> files, in UTF-8, UTF-16, Windows-1256 or ISO-8859-6."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
  List<String> paths;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json: the full record (default); text: title, date and clean main text only,"
          + " e.g. to check extraction of HTML pages.")
  Format format;

  enum Format { json, text }

  @Override
  public Integer call() throws Exception {
    Pipeline pipeline = Pipeline.standard();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    AtomicInteger problems = new AtomicInteger(), articles = new AtomicInteger();
    new InputReader().read(paths, new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        Article a;
        try {
          a = pipeline.analyze(document);
        } catch (RuntimeException e) {
          problem(new InputProblem(document.origin(), "cannot analyze: " + e + "; skipped"));
          return;
        }
        articles.incrementAndGet();
        if (format == Format.json) {
          out.println(ArticleJson.write(a));
        } else {
          out.println("# " + a.origin());
          if (a.title() != null) out.println("title: " + a.title());
          if (a.published() != null) out.println("published: " + a.published());
          out.println();
          out.println(a.text());
          out.println();
        }
      }

      @Override
      public void problem(InputProblem problem) {
        problems.incrementAndGet();
        System.err.println(problem.line());
      }
    });
    out.flush();
    if (problems.get() > 0) {
      System.err.printf("marsad: %d articles, %d inputs skipped%n", articles.get(), problems.get());
    }
    return problems.get() == 0 ? 0 : 1;
  }
}

package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command: an observatory for Arabic news. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    version = "Marsad 0.1.0",
    description = "An observatory for Arabic news: read, understand, store and search articles.",
    subcommands = {
      UpCommand.class,
      AnalyzeCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      SourcesCommand.class,
      ReanalyzeCommand.class,
      AlertsCommand.class,
      SearchCommand.class,
      EventsCommand.class,
      StoriesCommand.class,
      GraphCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      ServeCommand.class,
      TokenizeCommand.class,
      NerCommand.class,
      ClassifyCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Marsad implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Kept strongly reachable: Lucene's notice about the optional Vector API is not for users. */
  private static final java.util.logging.Logger LUCENE_VECTOR_LOG =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTOR_LOG.setLevel(java.util.logging.Level.OFF);
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit status: 0 ok, 1 some input failed, 2 usage. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Marsad());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String message = e.getMessage() == null ? e.toString() : e.getMessage();
          commandLine.getErr().println("marsad: " + message);
          if (System.getenv("MARSAD_DEBUG") != null) e.printStackTrace(commandLine.getErr());
          return e instanceof IllegalArgumentException ? 2 : 1;
        });
    return cli.execute(args);
  }
}

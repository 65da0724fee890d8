package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval X}: the one way Marsad's components are measured on real data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Measure a component on an evaluation set and print its scores.",
    subcommands = {EvalExtractionCommand.class, EvalSegmentationCommand.class, EvalNerCommand.class,
      EvalClassifyCommand.class, EvalDedupCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}

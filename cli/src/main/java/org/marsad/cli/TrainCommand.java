package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train X}: the one way Marsad's models are made. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = "Train a model from data and write it with its provenance.",
    subcommands = {TrainNerCommand.class, TrainClassifyCommand.class})
final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}

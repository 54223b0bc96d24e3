package io.careroute.classify.eval;

import io.careroute.classify.model.ModelTrainer;
import io.careroute.classify.model.SentenceEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code --name value} and {@code --flag} options of careroute's command-line tools. */
public final class CommandOptions {

  private CommandOptions() {}

  /** Options by name without the dashes; a flag with no value maps to "true". */
  public static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      options.put(args[i].replaceFirst("^--", ""), flag ? "true" : args[++i]);
    }
    return options;
  }

  /**
   * The default trainer, with the sentence encoder unless {@code --encoder none}; a trainer for
   * cross-validation also remembers each text's embedding across folds.
   */
  public static ModelTrainer trainer(Map<String, String> options, boolean remembering) {
    String encoder = options.getOrDefault("encoder", SentenceEncoder.DEFAULT.id);
    if (encoder.equals("none")) {
      return ModelTrainer.defaults(false);
    }
    SentenceEncoder shared = SentenceEncoder.shared(SentenceEncoder.Kind.named(encoder));
    return ModelTrainer.defaults(false).withEncoder(remembering ? shared.remembering() : shared);
  }

  /** The first of these file options that names a file which is not there, if any. */
  public static Optional<String> missingFile(Map<String, String> options, String... names) {
    for (String name : names) {
      if (options.containsKey(name) && !Files.exists(Path.of(options.get(name)))) {
        return Optional.of(options.get(name));
      }
    }
    return Optional.empty();
  }
}

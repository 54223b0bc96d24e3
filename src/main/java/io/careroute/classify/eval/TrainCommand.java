package io.careroute.classify.eval;

import io.careroute.classify.model.LinearTextModel;
import io.careroute.classify.model.ModelTrainer;
import io.careroute.classify.model.SentenceEncoder;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bin/careroute train}: trains a model from a CSV file of labelled texts (a brand's own
 * history, say) and writes it to a file; the model's labels become the taxonomy.
 */
public final class TrainCommand {

  private TrainCommand() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = CommandOptions.parse(args);
    // The service ships one encoder: a model that needs another could not be loaded there.
    String encoder = options.getOrDefault("encoder", SentenceEncoder.DEFAULT.id);
    if (!options.containsKey("data")
        || !options.containsKey("label")
        || !options.containsKey("out")
        || !(encoder.equals("none")
            || SentenceEncoder.Kind.named(encoder) == SentenceEncoder.DEFAULT)) {
      System.err.println(
          "usage: train --data FILE --label COLUMN --out MODEL [--text text] [--version NAME]"
              + " [--encoder minilm|none]");
      System.exit(2);
    }
    var missing = CommandOptions.missingFile(options, "data", "train", "test");
    if (missing.isPresent()) {
      System.out.println(missing.get() + " is not here; nothing to do.");
      return;
    }
    Path data = Path.of(options.get("data"));
    LabelledTexts texts =
        LabelledTexts.read(data, options.getOrDefault("text", "text"), options.get("label"));
    String version =
        options.getOrDefault(
            "version", data.getFileName() + "-" + options.get("label") + "-" + texts.size());
    ModelTrainer trainer = CommandOptions.trainer(options, false);
    LinearTextModel model = trainer.train(texts.texts(), texts.labels(), version);
    Path out = Path.of(options.get("out"));
    try (OutputStream stream = Files.newOutputStream(out)) {
      model.write(stream);
    }
    Map<String, Integer> counts = new TreeMap<>();
    texts.labels().forEach(l -> counts.merge(l, 1, Integer::sum));
    System.out.println("model " + version + " (" + trainer.settings() + ") written to " + out);
    System.out.println("taxonomy (examples per label): " + counts);
  }
}

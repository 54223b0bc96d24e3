package io.careroute.classify.model;

import io.careroute.classify.eval.LabelledTexts;
import io.careroute.config.CarerouteConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jboss.logging.Logger;

/**
 * The category and sentiment models the classifier stage uses. The defaults are trained at first
 * start from the shipped corpus (less its held-out fifth) and cached under a version derived from
 * the corpus; a brand's own category model, from {@code bin/careroute train}, replaces the category
 * model and so the taxonomy.
 */
@Startup
@ApplicationScoped
public class ClassifierModels {

  private static final Logger LOG = Logger.getLogger(ClassifierModels.class);

  private final LinearTextModel category;
  private final LinearTextModel sentiment;

  ClassifierModels(CarerouteConfig config) {
    Path cache = Path.of(config.classifier().cacheDir());
    ModelTrainer trainer = defaultTrainer(config.classifier().sentenceEncoder());
    String version = "telecom-" + DefaultCorpus.fingerprint() + "-" + trainer.settings();
    this.sentiment = cachedOrTrained(trainer, cache, version, "sentiment");
    this.category =
        config
            .classifier()
            .categoryModel()
            .map(Path::of)
            .map(ClassifierModels::load)
            .orElseGet(() -> cachedOrTrained(trainer, cache, version, "category"));
    LOG.infof(
        "Classifier models: category %s %s, sentiment %s",
        category.version(), category.labels(), sentiment.version());
  }

  public LinearTextModel category() {
    return category;
  }

  public LinearTextModel sentiment() {
    return sentiment;
  }

  /** Both default models train on the corpus's texts: with an encoder, each is encoded once. */
  private static ModelTrainer defaultTrainer(boolean sentenceEncoder) {
    ModelTrainer trainer = ModelTrainer.defaults(false);
    return sentenceEncoder ? trainer.withEncoder(SentenceEncoder.shared().remembering()) : trainer;
  }

  static LinearTextModel cachedOrTrained(
      Trainer trainer, Path cache, String version, String label) {
    Path file = cache.resolve(version + "-" + label + ".model");
    if (Files.isRegularFile(file) && PrivateFolder.isPrivate(cache)) {
      try {
        return load(file);
      } catch (RuntimeException e) {
        // A cache is only a cache: a damaged or foreign file is replaced by a freshly trained
        // model.
        LOG.warnf("Ignoring the unreadable cached model %s: %s", file, e);
      }
    }
    long started = System.nanoTime();
    LabelledTexts training = DefaultCorpus.read(label).split(DefaultCorpus::isHeldOut)[0];
    LinearTextModel model =
        trainer.train(training.texts(), training.labels(), version + "-" + label);
    LOG.infof(
        "Trained the default %s model on %d texts in %d ms",
        label, training.size(), (System.nanoTime() - started) / 1_000_000);
    try {
      PrivateFolder.create(cache);
      Path partial = Files.createTempFile(cache, label, ".partial");
      try (OutputStream out = Files.newOutputStream(partial)) {
        model.write(out);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.warnf("Could not cache the %s model in %s: %s", label, cache, e.getMessage());
    }
    return model;
  }

  private static LinearTextModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return LinearTextModel.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classifier model " + file, e);
    }
  }
}

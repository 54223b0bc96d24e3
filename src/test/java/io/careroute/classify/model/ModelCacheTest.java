package io.careroute.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.SolverType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCacheTest {

  private final ModelTrainer trainer = new ModelTrainer(1.0, 2, SolverType.L2R_L2LOSS_SVC_DUAL);

  @Test
  void a_damaged_cached_model_is_replaced_by_a_freshly_trained_one(@TempDir Path cache)
      throws Exception {
    Path file = cache.resolve("v1-sentiment.model");
    Files.writeString(file, "not a model at all");

    LinearTextModel model = ClassifierModels.cachedOrTrained(trainer, cache, "v1", "sentiment");

    assertThat(model.version()).isEqualTo("v1-sentiment");
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(LinearTextModel.read(in).version()).isEqualTo("v1-sentiment");
    }
  }

  @Test
  void a_cached_model_is_read_instead_of_trained_again(@TempDir Path cache) {
    AtomicInteger trainings = new AtomicInteger();
    Trainer counted =
        (texts, labels, version) -> {
          trainings.incrementAndGet();
          return trainer.train(texts, labels, version);
        };
    LinearTextModel first = ClassifierModels.cachedOrTrained(counted, cache, "v2", "category");

    LinearTextModel second = ClassifierModels.cachedOrTrained(counted, cache, "v2", "category");

    assertThat(trainings).hasValue(1);
    assertThat(second).isNotSameAs(first);
    assertThat(second.labels()).isEqualTo(first.labels());
    assertThat(second.predict("no signal since monday"))
        .isEqualTo(first.predict("no signal since monday"));
  }

  @Test
  void a_model_file_holding_a_class_no_model_is_made_of_is_refused_unread(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("planted.model");
    try (var out =
        new java.io.ObjectOutputStream(
            new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)))) {
      out.writeObject(new java.io.File("/etc/passwd")); // any class outside the allow-list
    }
    try (InputStream in = Files.newInputStream(file)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinearTextModel.read(in))
          .isInstanceOf(java.io.InvalidClassException.class)
          .hasMessageContaining("REJECTED");
    }
  }

  @Test
  void a_cache_folder_others_may_write_is_not_trusted(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("shared");
    AtomicInteger trainings = new AtomicInteger();
    Trainer counted =
        (texts, labels, version) -> {
          trainings.incrementAndGet();
          return trainer.train(texts, labels, version);
        };
    ClassifierModels.cachedOrTrained(counted, cache, "v3", "sentiment");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(cache)))
        .isEqualTo("rwx------");
    Files.setPosixFilePermissions(
        cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));

    ClassifierModels.cachedOrTrained(counted, cache, "v3", "sentiment");

    assertThat(trainings).as("trained again rather than read").hasValue(2);
  }
}

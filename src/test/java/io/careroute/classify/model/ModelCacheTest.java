package io.careroute.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.liblinear.SolverType;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void a_cached_model_is_read_instead_of_trained_again(@TempDir Path cache) throws Exception {
    LinearTextModel first = ClassifierModels.cachedOrTrained(trainer, cache, "v2", "category");
    long written = Files.getLastModifiedTime(cache.resolve("v2-category.model")).toMillis();

    LinearTextModel second = ClassifierModels.cachedOrTrained(trainer, cache, "v2", "category");

    assertThat(second).isNotSameAs(first);
    assertThat(second.labels()).isEqualTo(first.labels());
    assertThat(Files.getLastModifiedTime(cache.resolve("v2-category.model")).toMillis())
        .isEqualTo(written);
  }
}

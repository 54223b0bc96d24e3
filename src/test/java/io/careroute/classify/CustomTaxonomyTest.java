package io.careroute.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.careroute.classify.model.LinearTextModel;
import io.careroute.classify.model.ModelTrainer;
import io.careroute.testing.Api;
import io.careroute.testing.CarerouteTest;
import io.careroute.testing.Pipeline;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@CarerouteTest
@TestProfile(CustomTaxonomyTest.BrandModel.class)
class CustomTaxonomyTest {

  /** A brand's own model, trained on its own labels and configured by path. */
  public static class BrandModel implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("careroute.classifier.category-model", trainBrandModel().toString());
    }
  }

  @Test
  void a_model_loaded_by_configuration_brings_its_own_taxonomy() {
    var ticket =
        Pipeline.ticket(
            Pipeline.ticketOf(
                Api.mention(UUID.randomUUID().toString(), "my 5G signal keeps dropping")));

    assertThat(ticket.getString("category")).isEqualTo("Network");
    assertThat(ticket.getString("classification.modelVersion")).startsWith("brand-test-1+");
  }

  static Path trainBrandModel() {
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String t :
        List.of("no signal", "5G keeps dropping", "calls drop all the time", "signal dead")) {
      texts.add(t);
      labels.add("Network");
    }
    for (String t : List.of("new phone deal", "upgrade offer", "cheap contract", "promo price")) {
      texts.add(t);
      labels.add("Promotion");
    }
    LinearTextModel model =
        new ModelTrainer(1.0, 1, de.bwaldvogel.liblinear.SolverType.L2R_L2LOSS_SVC_DUAL)
            .train(texts, labels, "brand-test-1");
    try {
      Path file = Files.createTempFile("brand", ".model");
      try (OutputStream out = Files.newOutputStream(file)) {
        model.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

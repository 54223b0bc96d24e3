package io.careroute.classify.pii;

import io.careroute.config.CarerouteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.regex.Pattern;

/** Builds the one personal-data detector from configuration. */
@ApplicationScoped
public class PiiDetectorProducer {

  @Produces
  @ApplicationScoped
  PiiDetector detector(CarerouteConfig config) {
    return new PiiDetector(
        config.pii().accountPatterns().stream().map(Pattern::compile).toList(),
        config.pii().allowList().orElse(List.of()));
  }
}

package io.careroute.classify;

import io.careroute.classify.language.LanguageDetection;
import io.careroute.classify.model.ClassifierModels;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.config.CarerouteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.regex.Pattern;

/** Builds the classifier and its detectors from configuration, once. */
@ApplicationScoped
public class DetectorProducers {

  @Produces
  @ApplicationScoped
  TextClassifier textClassifier(
      ClassifierModels models, PiiDetector pii, LanguageDetection languages, SpamPolicy spam) {
    return new TextClassifier(models.category(), models.sentiment(), pii, languages, spam);
  }

  @Produces
  @ApplicationScoped
  SpamPolicy spamPolicy() {
    return new SpamPolicy(new RepetitionWatch(100_000, 60 * 60 * 1000L, 3));
  }

  @Produces
  @ApplicationScoped
  LanguageDetection languageDetection(CarerouteConfig config) {
    return new LanguageDetection(config.classifier().languages());
  }

  @Produces
  @ApplicationScoped
  PiiDetector detector(CarerouteConfig config) {
    return new PiiDetector(
        List.of(
            Pattern.compile(
                config.pii().accountPatterns().orElse(PiiDetector.DEFAULT_ACCOUNT_PATTERN))),
        config.pii().allowList().orElse(List.of()));
  }
}

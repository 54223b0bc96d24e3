package io.careroute.classify;

import io.careroute.classify.language.LanguageDetection;
import io.careroute.classify.model.LinearTextModel;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.messaging.Classification;
import io.careroute.messaging.MentionAccepted;
import java.util.List;

/**
 * Classifies one mention: category and sentiment from the trained models, language, personal data,
 * spam and urgency signals, with an explanation of what weighed most.
 */
public class TextClassifier {

  private final LinearTextModel categoryModel;
  private final LinearTextModel sentimentModel;
  private final PiiDetector pii;
  private final LanguageDetection languages;
  private final SpamPolicy spam;
  private final String modelVersion;

  public TextClassifier(
      LinearTextModel categoryModel,
      LinearTextModel sentimentModel,
      PiiDetector pii,
      LanguageDetection languages,
      SpamPolicy spam) {
    this.categoryModel = categoryModel;
    this.sentimentModel = sentimentModel;
    this.pii = pii;
    this.languages = languages;
    this.spam = spam;
    this.modelVersion = categoryModel.version() + "+" + sentimentModel.version();
  }

  public Classification classify(MentionAccepted mention) {
    String text = mention.text();
    LinearTextModel.Prediction category = categoryModel.predict(text);
    LinearTextModel.Prediction sentiment = sentimentModel.predict(text);
    String spamReason =
        spam.reason(mention.platform() + ":" + mention.author().id(), mention.mentionId(), text);
    List<String> signals = UrgencySignals.in(text);
    StringBuilder explanation =
        new StringBuilder("category ")
            .append(category.label())
            .append(" from ")
            .append(String.join(", ", quoted(category.topFeatures())))
            .append("; sentiment ")
            .append(sentiment.label())
            .append(" from ")
            .append(String.join(", ", quoted(sentiment.topFeatures())));
    if (spamReason != null) {
      explanation.append("; spam: ").append(spamReason);
    }
    if (!signals.isEmpty()) {
      explanation.append("; urgency: ").append(String.join(", ", signals));
    }
    return new Classification(
        category.label(),
        round(category.confidence()),
        sentiment.label(),
        round(sentimentScore(sentiment)),
        languages.detect(text, mention.lang()),
        pii.find(text),
        spamReason != null,
        signals,
        explanation.toString(),
        modelVersion);
  }

  /** From -1 (surely negative) through 0 (neutral) to 1 (surely positive). */
  private static double sentimentScore(LinearTextModel.Prediction sentiment) {
    return switch (sentiment.label()) {
      case "NEGATIVE" -> -sentiment.confidence();
      case "POSITIVE" -> sentiment.confidence();
      default -> 0;
    };
  }

  private static List<String> quoted(List<String> features) {
    return features.isEmpty()
        ? List.of("no strong feature")
        : features.stream().map(f -> "\"" + f + "\"").toList();
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}

package io.careroute.classify;

import io.careroute.classify.language.LanguageDetection;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.messaging.Classification;
import io.careroute.messaging.MentionAccepted;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Placeholder keyword rules that keep the pipeline whole until the real classifier lands: the first
 * category whose keyword appears wins, and a few negative words set the sentiment.
 */
@ApplicationScoped
public class PlaceholderClassifier {

  private static final Map<String, List<String>> CATEGORY_KEYWORDS = new LinkedHashMap<>();

  static {
    CATEGORY_KEYWORDS.put("CANCELLATION", List.of("cancel", "leaving", "switch provider"));
    CATEGORY_KEYWORDS.put("FAULT", List.of("down", "outage", "no signal", "not working", "broken"));
    CATEGORY_KEYWORDS.put("BILLING", List.of("bill", "charge", "refund", "overcharged"));
    CATEGORY_KEYWORDS.put("ORDER", List.of("order", "delivery", "installation", "engineer"));
    CATEGORY_KEYWORDS.put("ACCOUNT", List.of("password", "login", "account"));
    CATEGORY_KEYWORDS.put("PRAISE", List.of("thank", "great service", "brilliant"));
    CATEGORY_KEYWORDS.put("COMPLAINT", List.of("complain", "rubbish", "useless", "awful"));
  }

  private static final List<String> NEGATIVE =
      List.of("down", "again", "useless", "rubbish", "awful", "angry", "worst", "not working");
  private static final List<String> POSITIVE = List.of("thank", "great", "brilliant", "love");

  private final PiiDetector pii;
  private final LanguageDetection languages;

  PlaceholderClassifier(PiiDetector pii, LanguageDetection languages) {
    this.pii = pii;
    this.languages = languages;
  }

  /** Classifies one mention with the placeholder rules. */
  public Classification classify(MentionAccepted mention) {
    String text = mention.text().toLowerCase(Locale.ROOT);
    String category = "OTHER";
    for (var entry : CATEGORY_KEYWORDS.entrySet()) {
      if (entry.getValue().stream().anyMatch(text::contains)) {
        category = entry.getKey();
        break;
      }
    }
    String sentiment =
        NEGATIVE.stream().anyMatch(text::contains)
            ? "NEGATIVE"
            : POSITIVE.stream().anyMatch(text::contains) ? "POSITIVE" : "NEUTRAL";
    String language = languages.detect(mention.text(), mention.lang());
    return new Classification(
        category,
        "OTHER".equals(category) ? 0.3 : 0.6,
        sentiment,
        language,
        pii.find(mention.text()),
        false,
        "NORMAL",
        "placeholder keyword rules");
  }
}

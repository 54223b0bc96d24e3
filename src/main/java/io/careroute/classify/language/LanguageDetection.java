package io.careroute.classify.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which language a mention is in (ISO 639-1), choosing only among the configured languages so
 * detection stays fast and a short text is not mistaken for a language nobody writes in. The
 * platform's own language tag wins when it names a configured language.
 */
public final class LanguageDetection {

  private static final Pattern NOISE =
      Pattern.compile("https?://\\S+|www\\.\\S+|[@#][\\w_]+|[\\p{So}\\p{Sk}\\p{Cs}]|\\d+");

  private final List<String> languages;
  private final String fallback;
  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

  /** Detects among these ISO 639-1 codes; the first is the answer when nothing is certain. */
  public LanguageDetection(List<String> languages) {
    this.languages = languages.stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList();
    this.fallback = this.languages.get(0);
    try {
      this.detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .shortTextAlgorithm(50)
              .minimalConfidence(0.80)
              .withProfiles(
                  new LanguageProfileReader()
                      .readBuiltIn(this.languages.stream().map(LdLocale::fromString).toList()))
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load language profiles for " + languages, e);
    }
  }

  /** The language of the text, or the platform's tag when it names a configured language. */
  public String detect(String text, String platformTag) {
    if (platformTag != null) {
      String tag = platformTag.toLowerCase(Locale.ROOT);
      String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
      if (languages.contains(primary)) {
        return primary;
      }
    }
    String cleaned = NOISE.matcher(text).replaceAll(" ").trim();
    if (cleaned.codePoints().filter(Character::isLetter).count() < 3) {
      return fallback;
    }
    List<DetectedLanguage> found = detector.getProbabilities(texts.forText(cleaned));
    return found.isEmpty() || found.get(0).getProbability() < 0.80
        ? fallback
        : found.get(0).getLocale().getLanguage();
  }
}

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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which language a mention is in (ISO 639-1), choosing only among the configured languages so
 * detection stays fast and a short text is not mistaken for a language nobody writes in. The
 * platform's own language tag wins when it names a configured language.
 */
public final class LanguageDetection {

  private static final Pattern NOISE =
      Pattern.compile("https?://\\S+|www\\.\\S+|[@#][\\w_]+|[\\p{So}\\p{Sk}\\p{Cs}]|\\d+");

  /**
   * Words common in English and not in the other configured languages' everyday use: two of them in
   * a Latin-script text settle it without running the detector, which is by far the slowest part of
   * classification.
   */
  private static final Set<String> ENGLISH_MARKERS =
      Set.of(
          "the", "my", "and", "you", "your", "not", "for", "have", "been", "this", "with", "why",
          "what", "still", "was", "are", "can't", "don't", "it's", "i'm", "just", "when", "there",
          "is", "of", "it", "be", "get", "got", "can", "all", "out", "now", "from", "our", "they",
          "will", "would", "has", "had", "any", "please", "thanks", "again", "today", "need", "how",
          "who", "where", "since", "that", "but", "if", "i've", "i'll", "anyone", "about", "after",
          "before", "hours", "days", "week", "back", "know", "want", "help");

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

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
              .shortTextAlgorithm(Integer.MAX_VALUE)
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
    if (languages.contains("en") && looksEnglish(cleaned)) {
      return "en";
    }
    if (cleaned.codePoints().filter(Character::isLetter).count() < 3) {
      return fallback;
    }
    List<DetectedLanguage> found = detector.getProbabilities(texts.forText(cleaned));
    return found.isEmpty() || found.get(0).getProbability() < 0.80
        ? fallback
        : found.get(0).getLocale().getLanguage();
  }

  private static boolean looksEnglish(String text) {
    Set<String> markers = new HashSet<>();
    Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (words.find() && markers.size() < 2) {
      String word = words.group();
      if (!word.chars().allMatch(ch -> ch < 128)) {
        return false;
      }
      if (ENGLISH_MARKERS.contains(word)) {
        markers.add(word);
      }
    }
    return markers.size() >= 2;
  }
}

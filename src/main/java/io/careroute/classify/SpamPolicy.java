package io.careroute.classify;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a mention is spam or not actionable: promotions and competitions aimed at the
 * brand's followers, link and hashtag stuffing, and the same text posted over and over. Returns the
 * reason, or null when the mention is for a person to read.
 */
public final class SpamPolicy {

  private static final Pattern PROMOTION =
      Pattern.compile(
          "\\b(giveaway|win an?|free (iphone|phone|gift|followers)|click (the )?link|link in (my )?bio|follow (me|back|us|for)|promo code|discount code|% off|crypto|bitcoin|forex|investment opportunity|earn £?\\$?\\d+|dm (me )?for (collab|promo)|check out my|subscribe to my|onlyfans|casino|betting tips)\\b");
  private static final Pattern LINK = Pattern.compile("https?://\\S+|www\\.\\S+");
  private static final Pattern HASHTAG = Pattern.compile("#\\w+");

  private final RepetitionWatch repetition;

  public SpamPolicy(RepetitionWatch repetition) {
    this.repetition = repetition;
  }

  /** Why this mention is spam, or null when it is not. */
  public String reason(String authorKey, String mentionId, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int links = count(LINK.matcher(lower));
    int hashtags = count(HASHTAG.matcher(lower));
    if (PROMOTION.matcher(lower).find() && (links > 0 || hashtags > 1 || lower.contains("!!"))) {
      return "promotion";
    }
    if (links >= 3 || hashtags >= 6) {
      return "link or hashtag stuffing";
    }
    if (repetition.repeated(authorKey, mentionId, lower)) {
      return "repeated text";
    }
    return null;
  }

  private static int count(Matcher matcher) {
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}

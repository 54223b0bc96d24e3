package io.careroute.classify.pii;

import io.careroute.messaging.PiiFinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds personal data in a text: e-mail addresses, payment card numbers (Luhn-checked), account
 * numbers (configured patterns), phone numbers (UK and international) and UK postcodes. The brand's
 * own public numbers and addresses, on the allow-list, are never findings.
 */
public final class PiiDetector {

  /** The types, in the order that wins when two findings overlap. */
  public enum Type {
    EMAIL,
    CARD,
    ACCOUNT,
    PHONE,
    POSTCODE
  }

  /**
   * The default account-number pattern: a number written after "account number", "acc no", "a/c"
   * and the like; group 1 is the number. It has no comma, so it can be a list default.
   */
  public static final String DEFAULT_ACCOUNT_PATTERN =
      "(?i)\\b(?:account|acc|acct|a/c)\\.?\\s*(?:no\\.?|number|num|#)?\\s*(?:is\\s*)?[:#]?\\s*"
          + "([A-Z]*-?\\d{6}\\d*)\\b";

  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.%+-])[\\w.%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern CARD =
      Pattern.compile("(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])");
  private static final Pattern UK_PHONE =
      Pattern.compile(
          "(?<![\\d+])(?:\\+44\\s?\\(?0?\\)?\\s?|\\(?0)[1-35789](?:[\\s-]?\\)?[\\s-]?\\d){8,9}(?!\\d)");
  private static final Pattern INTERNATIONAL_PHONE =
      Pattern.compile("(?<![\\d+])\\+(?!44)[1-9]\\d{0,2}(?:[\\s-]?\\d){6,12}(?!\\d)");
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?i)(?<![A-Z0-9])(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?)\\s?\\d[ABD-HJLNP-UW-Z]{2}(?![A-Z0-9])");

  private final List<Pattern> accountPatterns;
  private final Set<String> allowList;

  /**
   * @param accountPatterns patterns of account numbers; the first group that matched, if any, is
   *     the number
   * @param allowList public numbers and addresses of the brand, in any spacing or case
   */
  public PiiDetector(List<Pattern> accountPatterns, List<String> allowList) {
    this.accountPatterns = List.copyOf(accountPatterns);
    this.allowList =
        allowList.stream().map(PiiDetector::canonical).collect(Collectors.toUnmodifiableSet());
  }

  /** Every piece of personal data in the text, in order, without overlaps. */
  public List<PiiFinding> find(String text) {
    List<PiiFinding> candidates = new ArrayList<>();
    collect(EMAIL, Type.EMAIL, text, candidates);
    Matcher card = CARD.matcher(text);
    while (card.find()) {
      if (isCardNumber(card.group())) {
        candidates.add(new PiiFinding(Type.CARD.name(), card.start(), card.end()));
      }
    }
    for (Pattern account : accountPatterns) {
      Matcher m = account.matcher(text);
      while (m.find()) {
        int group = 0;
        for (int g = 1; g <= m.groupCount() && group == 0; g++) {
          group = m.group(g) != null ? g : 0;
        }
        candidates.add(new PiiFinding(Type.ACCOUNT.name(), m.start(group), m.end(group)));
      }
    }
    collect(UK_PHONE, Type.PHONE, text, candidates);
    collect(INTERNATIONAL_PHONE, Type.PHONE, text, candidates);
    collect(POSTCODE, Type.POSTCODE, text, candidates);
    return withoutOverlapsAndAllowed(text, candidates);
  }

  private static void collect(Pattern pattern, Type type, String text, List<PiiFinding> into) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      into.add(new PiiFinding(type.name(), m.start(), m.end()));
    }
  }

  private List<PiiFinding> withoutOverlapsAndAllowed(String text, List<PiiFinding> candidates) {
    List<PiiFinding> kept = new ArrayList<>();
    candidates.stream()
        .sorted(Comparator.comparingInt((PiiFinding f) -> Type.valueOf(f.type()).ordinal()))
        .forEach(
            f -> {
              boolean overlaps =
                  kept.stream().anyMatch(k -> f.start() < k.end() && k.start() < f.end());
              boolean allowed = allowList.contains(canonical(text.substring(f.start(), f.end())));
              if (!overlaps && !allowed) {
                kept.add(f);
              }
            });
    kept.sort(Comparator.comparingInt(PiiFinding::start));
    return kept;
  }

  /** A card number: 13 to 19 digits, a known card network's first digit, and a valid Luhn sum. */
  static boolean isCardNumber(String candidate) {
    String digits = candidate.replaceAll("[ -]", "");
    if (digits.length() < 13 || digits.length() > 19 || "23456".indexOf(digits.charAt(0)) < 0) {
      return false;
    }
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  /** Lower case, no spaces, dashes or brackets; a +44 prefix counts as a leading 0. */
  private static String canonical(String value) {
    String compact = value.toLowerCase(Locale.ROOT).replaceAll("[\\s()\\-]", "");
    return compact.startsWith("+44") ? "0" + compact.substring(3).replaceFirst("^0", "") : compact;
  }
}

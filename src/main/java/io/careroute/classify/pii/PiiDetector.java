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
 * Finds personal data in a text: e-mail addresses (also written "jo at example dot com" and the
 * like), payment card numbers (Luhn-checked), account numbers (configured patterns), phone numbers
 * (UK and international) and UK postcodes. The text is normalised first ({@link NormalizedText}),
 * so look-alike digits, odd spaces and invisible characters hide nothing, and every pattern runs in
 * linear time (possessive, bounded quantifiers; numbers by a hand scanner), so no text can stall a
 * stage. The brand's own public numbers and addresses, on the allow-list, are never findings.
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

  /** Texts are read up to this length; every text careroute takes is shorter. */
  public static final int MAX_INPUT = 32_768;

  /**
   * The default account-number pattern: a number written after "account number", "acc no", "a/c",
   * "account ending", "customer number", "customer ref" and the like; group 1 is the number. Every
   * quantifier is bounded and possessive, so it runs in linear time. It has no comma, so it can be
   * a list default.
   */
  public static final String DEFAULT_ACCOUNT_PATTERN =
      "(?i)(?<![\\p{L}\\p{N}])(?:account|acct|acc|a/c|customer|cust|billing|membership)"
          + "(?![\\p{L}])\\.?+"
          + "(?:[ :#.,()'-]{0,3}+(?:account|number|num|nr|no|ref|reference|id|ending|ends|in|is"
          + "|was|details|it|its|it's|s)(?![\\p{L}])\\.?+){0,4}+"
          + "[ :#,()-]{0,3}+"
          + "((?:[A-Z]{1,3}-?)?[0-9](?:[ -]?[0-9]){5,15}+)(?![\\p{L}\\p{N}])";

  private static final String LOCAL = "[\\p{L}\\p{M}\\p{N}._%+'-]";
  private static final String LABEL = "[\\p{L}\\p{M}\\p{N}-]{1,63}+";
  private static final String OPEN = "[\\[({<]";
  private static final String CLOSE = "[\\])}>]";

  /**
   * An e-mail address, with '@' or "at" and '.' or "dot" written plainly, spaced out or in
   * brackets. A '.' followed by a space ends a sentence, so it never joins two labels. Group 2 is
   * an '@' with no space before it, group 4 a bare word "at", group 5 the domain.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<!"
              + LOCAL
              + ")("
              + LOCAL
              + "{1,64}+)"
              + "(?:(@) {0,3}+| {1,3}+(@) {0,3}+| {0,2}+"
              + OPEN
              + " {0,2}+(?:at|@) {0,2}+"
              + CLOSE
              + " {0,2}+| {1,3}+(at) {1,3}+)"
              + "("
              + LABEL
              + "(?:(?: {0,3}+\\.| {0,2}+"
              + OPEN
              + " {0,2}+dot {0,2}+"
              + CLOSE
              + " {0,2}+| {1,3}+dot {1,3}+)"
              + LABEL
              + "){1,4}+)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?i)(?<![A-Z0-9])([A-PR-UWYZ][A-HK-Y]?[0-9][A-Z0-9]?)[ -]{0,2}+([0-9][ABD-HJLNP-UW-Z]{2})"
              + "(?![A-Z0-9])");

  /** A domain written as plain labels and dots, with nothing spelled out or spaced. */
  private static final Pattern COMPACT_DOMAIN = Pattern.compile("[\\p{L}\\p{M}\\p{N}.-]++");

  /** Top-level domains an address spelled out in words must end in. */
  private static final Set<String> COMMON_TLDS =
      Set.of(
          "com", "net", "org", "uk", "co", "io", "ie", "de", "fr", "es", "it", "nl", "be", "eu",
          "info", "biz", "me", "us", "ca", "au", "in", "pk", "pl", "ro", "email", "online", "edu",
          "gov", "ac", "ltd", "plc", "tv", "app", "dev", "mail", "live", "pt", "ch", "at", "se",
          "no", "dk");

  /**
   * Words that come before "at" in ordinary sentences ("look at bt.com", "the form at …"), so a
   * bare "at" after them does not start an address.
   */
  private static final Set<String> NOT_A_MAILBOX =
      Set.of(
          "look",
          "looking",
          "us",
          "me",
          "him",
          "her",
          "them",
          "it",
          "this",
          "that",
          "form",
          "online",
          "here",
          "there",
          "site",
          "website",
          "page",
          "app",
          "portal",
          "home",
          "work",
          "details",
          "info",
          "link",
          "links",
          "be",
          "is",
          "are",
          "was",
          "were",
          "been",
          "meet",
          "see",
          "find",
          "found",
          "available",
          "help",
          "support",
          "contact",
          "email",
          "mail",
          "write",
          "message",
          "visit",
          "check",
          "you",
          "we",
          "they",
          "i",
          "team",
          "shop",
          "store",
          "office",
          "address",
          "live",
          "based",
          "stay",
          "sign",
          "log",
          "login",
          "register",
          "order",
          "plans",
          "offers",
          "deals",
          "start",
          "starts",
          "ends",
          "open",
          "opens",
          "closes",
          "price",
          "priced",
          "costs",
          "arrive",
          "arrives",
          "arrived",
          "up",
          "in",
          "on",
          "out",
          "off",
          "back",
          "hub",
          "router",
          "engineer",
          "or",
          "and",
          "just",
          "only",
          "even",
          "still",
          "all",
          "guide",
          "faq",
          "faqs",
          "status",
          "updates");

  private final List<Pattern> accountPatterns;
  private final Set<String> allowList;

  /**
   * @param accountPatterns patterns of account numbers; the first group that matched, if any, is
   *     the number. They are matched against the normalised text.
   * @param allowList public numbers and addresses of the brand, in any spacing or case
   */
  public PiiDetector(List<Pattern> accountPatterns, List<String> allowList) {
    this.accountPatterns = List.copyOf(accountPatterns);
    this.allowList =
        allowList.stream()
            .map(v -> canonical(NormalizedText.of(v).text()))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** Every piece of personal data in the text, in order, without overlaps. */
  public List<PiiFinding> find(String text) {
    String capped = text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
    NormalizedText normalized = NormalizedText.of(capped);
    String n = normalized.text();
    List<Candidate> candidates = new ArrayList<>();
    emails(n, candidates);
    for (NumberScanner.Found number : NumberScanner.scan(n)) {
      candidates.add(new Candidate(number.type(), number.start(), number.end()));
    }
    for (Pattern account : accountPatterns) {
      Matcher m = account.matcher(n);
      while (m.find()) {
        int group = 0;
        for (int g = 1; g <= m.groupCount() && group == 0; g++) {
          group = m.group(g) != null ? g : 0;
        }
        if (m.end(group) > m.start(group)) {
          candidates.add(new Candidate(Type.ACCOUNT, m.start(group), m.end(group)));
        }
      }
    }
    Matcher postcode = POSTCODE.matcher(n);
    while (postcode.find()) {
      if (!isDataSize(postcode.group(2))) {
        candidates.add(new Candidate(Type.POSTCODE, postcode.start(), postcode.end()));
      }
    }
    return withoutOverlapsAndAllowed(normalized, candidates);
  }

  private record Candidate(Type type, int start, int end) {}

  /** Matches left to right; after a match that is no address, looks again one character on. */
  private static void emails(String text, List<Candidate> into) {
    Matcher m = EMAIL.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      if (isAddress(text, m)) {
        into.add(new Candidate(Type.EMAIL, m.start(), m.end()));
        from = m.end();
      } else {
        from = m.start() + 1;
      }
    }
  }

  /**
   * Whether an e-mail-shaped match is an address: a plain "local@domain.tld" needs only a top-level
   * domain of letters; anything spelled out or spaced must end in a common one, and a bare "at"
   * must not follow an ordinary word nor lead into a link.
   */
  private static boolean isAddress(String text, Matcher m) {
    String domain = m.group(5);
    String[] labels = domain.split("(?i)\\s*(?:\\.|[\\[({<]\\s*dot\\s*[\\])}>]|\\sdot\\s)\\s*");
    String tld = labels[labels.length - 1].toLowerCase(Locale.ROOT);
    if (!tld.chars().allMatch(Character::isLetter) || tld.length() < 2) {
      return false;
    }
    boolean compact = COMPACT_DOMAIN.matcher(domain).matches();
    if (m.group(2) != null && compact) {
      return true;
    }
    if (!COMMON_TLDS.contains(tld)) {
      return false;
    }
    if (m.group(3) != null && !compact && text.charAt(m.end(3)) != ' ') {
      return false; // "Hi @handle. We" is a handle and a sentence, not an address
    }
    if (m.group(4) != null) {
      String local = m.group(1).toLowerCase(Locale.ROOT);
      boolean linkFollows = m.end() < text.length() && text.charAt(m.end()) == '/';
      return !NOT_A_MAILBOX.contains(local) && !linkFollows;
    }
    return true;
  }

  /** "5GB" after a phone model is a data allowance, not the inward half of a postcode. */
  private static boolean isDataSize(String inward) {
    String letters = inward.substring(1).toUpperCase(Locale.ROOT);
    return letters.equals("GB") || letters.equals("TB");
  }

  private List<PiiFinding> withoutOverlapsAndAllowed(
      NormalizedText normalized, List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>();
    candidates.stream()
        .sorted(Comparator.comparingInt((Candidate c) -> c.type().ordinal()))
        .forEach(
            c -> {
              boolean overlaps =
                  kept.stream().anyMatch(k -> c.start() < k.end() && k.start() < c.end());
              String value = normalized.text().substring(c.start(), c.end());
              if (!overlaps && !allowList.contains(canonical(value))) {
                kept.add(c);
              }
            });
    return kept.stream()
        .sorted(Comparator.comparingInt(Candidate::start))
        .map(
            c ->
                new PiiFinding(
                    c.type().name(),
                    normalized.originalStart(c.start()),
                    normalized.originalEnd(c.end())))
        .toList();
  }

  /** A card number: 13 to 19 digits, a known card network's first digit, and a valid Luhn sum. */
  static boolean isCardNumber(String candidate) {
    String digits = candidate.replaceAll("[^0-9]", "");
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

  /** Lower case, no spaces, dots, dashes or brackets; +44 or 0044 counts as a leading 0. */
  private static String canonical(String value) {
    String compact = value.toLowerCase(Locale.ROOT).replaceAll("[\\s().\\-]", "");
    for (String prefix : List.of("+44", "0044")) {
      if (compact.startsWith(prefix) && compact.length() > prefix.length() + 6) {
        return "0" + compact.substring(prefix.length()).replaceFirst("^0", "");
      }
    }
    return compact;
  }
}

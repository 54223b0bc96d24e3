package io.careroute.classify.pii;

import java.text.Normalizer;

/**
 * A text in the one form the personal-data patterns read, with each character mapped back to the
 * span it came from: NFKC (full-width digits and {@code ＠} become ASCII), every Unicode decimal
 * digit an ASCII digit, every kind of space a space, every dash a hyphen, zero-width characters and
 * soft hyphens removed, and the letters O/o and l/I read as 0 and 1 inside a run of digits. So
 * "07700 9OO l23" with a non-breaking space is matched as "07700 900 123", and a finding still
 * points at the characters the customer or agent wrote.
 */
final class NormalizedText {

  private final String text;
  private final int[] from;
  private final int[] to;

  private NormalizedText(String text, int[] from, int[] to) {
    this.text = text;
    this.from = from;
    this.to = to;
  }

  static NormalizedText of(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] from = new int[original.length() * 2 + 4];
    int[] to = new int[from.length];
    int i = 0;
    while (i < original.length()) {
      int cp = original.codePointAt(i);
      int next = i + Character.charCount(cp);
      String replacement = replacement(cp);
      for (int k = 0; k < replacement.length(); k++) {
        if (out.length() == from.length) {
          from = java.util.Arrays.copyOf(from, from.length * 2);
          to = java.util.Arrays.copyOf(to, to.length * 2);
        }
        from[out.length()] = i;
        to[out.length()] = next;
        out.append(replacement.charAt(k));
      }
      i = next;
    }
    readLookAlikeDigits(out);
    return new NormalizedText(out.toString(), from, to);
  }

  /** The normalised text. */
  String text() {
    return text;
  }

  /** Where the normalised span [start, end) begins in the original text. */
  int originalStart(int start) {
    return from[start];
  }

  /** Where the normalised span [start, end) ends in the original text. */
  int originalEnd(int end) {
    return to[end - 1];
  }

  private static String replacement(int cp) {
    int type = Character.getType(cp);
    if (type == Character.FORMAT) {
      return ""; // zero-width spaces and joiners, soft hyphens, byte-order marks
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return " ";
    }
    if (type == Character.DASH_PUNCTUATION || cp == 0x2212) {
      return "-";
    }
    if (Character.isDigit(cp)) {
      return String.valueOf(Character.digit(cp, 10));
    }
    if (cp < 0x80) {
      return String.valueOf((char) cp);
    }
    return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
  }

  /**
   * Inside a word made only of digits and the letters O, o, I and l, with at least one real digit,
   * those letters are read as the digits they stand in for.
   */
  private static void readLookAlikeDigits(StringBuilder text) {
    int start = 0;
    while (start < text.length()) {
      if (!Character.isLetterOrDigit(text.charAt(start))) {
        start++;
        continue;
      }
      int end = start;
      int digits = 0;
      boolean onlyLookAlikes = true;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        char c = text.charAt(end);
        if (c >= '0' && c <= '9') {
          digits++;
        } else if (digitFor(c) < 0) {
          onlyLookAlikes = false;
        }
        end++;
      }
      if (onlyLookAlikes && digits >= 1) {
        for (int k = start; k < end; k++) {
          int digit = digitFor(text.charAt(k));
          if (digit >= 0) {
            text.setCharAt(k, (char) ('0' + digit));
          }
        }
      }
      start = end;
    }
  }

  private static int digitFor(char c) {
    return switch (c) {
      case 'O', 'o' -> 0;
      case 'l', 'I' -> 1;
      default -> -1;
    };
  }
}

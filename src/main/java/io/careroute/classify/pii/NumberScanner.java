package io.careroute.classify.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds phone and payment card numbers in normalised text with one left-to-right pass, no regular
 * expression and so no backtracking: a run of digit groups joined by short separators (spaces,
 * dots, hyphens, slashes, brackets, as in {@code +44 (0)7700 900-123} or {@code 07700 - 900 123})
 * is read once, and its longest stretches of whole groups that are a card or a phone number are
 * reported.
 */
final class NumberScanner {

  /** One number found: its type and normalised span. */
  record Found(PiiDetector.Type type, int start, int end) {}

  /** At most this many separator characters between two digit groups. */
  private static final int MAX_SEPARATOR = 3;

  /** Stretches of more groups than this are not numbers anyone writes, even digit by digit. */
  private static final int MAX_GROUPS = 19;

  private NumberScanner() {}

  static List<Found> scan(String text) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!startsRun(text, i)) {
        i++;
        continue;
      }
      List<int[]> groups = new ArrayList<>();
      int end = readRun(text, i, groups);
      if (!Character.isLetter(charAt(text, end))) {
        classifyRun(text, i, groups, found);
      }
      i = Math.max(end, i + 1);
    }
    return found;
  }

  /** A run starts at a digit, '+' or '(' before a digit, not glued to a word or number. */
  private static boolean startsRun(String text, int i) {
    char before = charAt(text, i - 1);
    if (Character.isLetterOrDigit(before) || before == '+') {
      return false;
    }
    char c = text.charAt(i);
    if (isDigit(c)) {
      return true;
    }
    return (c == '+' || c == '(') && isDigit(charAt(text, i + 1));
  }

  /** Reads digit groups joined by short separators; returns where the run ends. */
  private static int readRun(String text, int start, List<int[]> groups) {
    int i = start;
    if (text.charAt(i) == '+' || text.charAt(i) == '(') {
      i++;
    }
    while (true) {
      int groupStart = i;
      while (isDigit(charAt(text, i))) {
        i++;
      }
      groups.add(new int[] {groupStart, i});
      int separatorEnd = i;
      while (separatorEnd - i < MAX_SEPARATOR && isSeparator(charAt(text, separatorEnd))) {
        separatorEnd++;
      }
      if (separatorEnd == i || !isDigit(charAt(text, separatorEnd))) {
        return charAt(text, i) == ')' ? i + 1 : i;
      }
      i = separatorEnd;
    }
  }

  /** Reports the longest stretches of whole groups that are a card or phone, left to right. */
  private static void classifyRun(String text, int runStart, List<int[]> groups, List<Found> into) {
    int first = 0;
    while (first < groups.size()) {
      Found best = null;
      int bestLast = -1;
      for (int last = Math.min(groups.size(), first + MAX_GROUPS) - 1; last >= first; last--) {
        int start = first == 0 ? runStart : groups.get(first)[0];
        int end = groups.get(last)[1];
        PiiDetector.Type type = classify(text, start, first, last, groups);
        if (type != null) {
          best = new Found(type, start, end);
          bestLast = last;
          break;
        }
      }
      if (best != null) {
        into.add(best);
        first = bestLast + 1;
      } else {
        first++;
      }
    }
  }

  private static PiiDetector.Type classify(
      String text, int start, int first, int last, List<int[]> groups) {
    StringBuilder digits = new StringBuilder();
    List<Integer> sizes = new ArrayList<>();
    for (int g = first; g <= last; g++) {
      digits.append(text, groups.get(g)[0], groups.get(g)[1]);
      sizes.add(groups.get(g)[1] - groups.get(g)[0]);
    }
    boolean plus = text.charAt(start) == '+';
    String d = digits.toString();
    if (!plus && PiiDetector.isCardNumber(d)) {
      return PiiDetector.Type.CARD;
    }
    return isPhone(d, plus, sizes) ? PiiDetector.Type.PHONE : null;
  }

  /**
   * A UK number (0 or +44/0044 and then 9–10 digits of a geographic, mobile or non-geographic
   * range), an international number after + or 00 (8–15 digits with the country code), or a North
   * American number written in its 3-3-4 groups.
   */
  static boolean isPhone(String d, boolean plus, List<Integer> sizes) {
    String international = plus ? d : d.startsWith("00") ? d.substring(2) : null;
    if (international != null) {
      if (international.startsWith("44")) {
        String national = international.substring(2);
        national = national.startsWith("0") ? national.substring(1) : national;
        return isUkNational(national);
      }
      return international.length() >= 8
          && international.length() <= 15
          && international.charAt(0) != '0';
    }
    if (d.startsWith("0")) {
      return isUkNational(d.substring(1));
    }
    boolean northAmerican =
        sizes.equals(List.of(3, 3, 4)) || sizes.equals(List.of(1, 3, 3, 4)) && d.startsWith("1");
    if (northAmerican) {
      String ten = d.length() == 11 ? d.substring(1) : d;
      return ten.charAt(0) >= '2' && ten.charAt(3) >= '2';
    }
    return false;
  }

  private static boolean isUkNational(String national) {
    return (national.length() == 9 || national.length() == 10)
        && "1235789".indexOf(national.charAt(0)) >= 0;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static char charAt(String text, int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : '\0';
  }
}

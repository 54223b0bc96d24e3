package io.careroute.classify.pii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A labelled personal-data corpus: tab-separated {@code label, value, text}, where label is a type
 * (PHONE, EMAIL, POSTCODE, CARD, ACCOUNT) or NONE, value the exact personal datum inside text, and
 * {@code \\uXXXX} writes an invisible or unusual character. A {@code # allow-list:} line names the
 * brand's public numbers and addresses that the corpus treats as not personal.
 */
public record PiiCorpus(List<Row> rows, List<String> allowList) {

  /** One example: its label, the datum (empty for NONE) and the text around it. */
  public record Row(int line, String label, String value, String text) {

    /** Whether the text holds personal data. */
    public boolean positive() {
      return !label.equals("NONE");
    }
  }

  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
  private static final String ALLOW = "# allow-list:";

  /** Reads a corpus file, refusing a row whose value is not inside its text. */
  public static PiiCorpus read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> allow = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(ALLOW)) {
        Arrays.stream(line.substring(ALLOW.length()).split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .forEach(allow::add);
        continue;
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3) {
        throw new IOException(file + ":" + (i + 1) + ": expected label, value and text");
      }
      Row row = new Row(i + 1, cells[0].strip(), decode(cells[1]), decode(cells[2]));
      if (row.positive() && (row.value().isEmpty() || !row.text().contains(row.value()))) {
        throw new IOException(file + ":" + (i + 1) + ": the value is not inside the text");
      }
      rows.add(row);
    }
    return new PiiCorpus(List.copyOf(rows), List.copyOf(allow));
  }

  private static String decode(String cell) {
    Matcher m = ESCAPE.matcher(cell);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }
}

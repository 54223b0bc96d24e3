package io.careroute.classify.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Texts with labels read from a CSV file with a header; rows without a label are left out. */
public record LabelledTexts(List<String> texts, List<String> labels) {

  /** Reads the text and label columns of a CSV file. */
  public static LabelledTexts read(Path csv, String textColumn, String labelColumn)
      throws IOException {
    try (Reader reader = Files.newBufferedReader(csv)) {
      return read(reader, csv.toString(), textColumn, labelColumn);
    }
  }

  /** Reads the text and label columns of CSV text. */
  public static LabelledTexts read(Reader csv, String name, String textColumn, String labelColumn)
      throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> rows =
        mapper
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        if (!row.containsKey(labelColumn) || !row.containsKey(textColumn)) {
          throw new IOException(name + " has no column " + labelColumn + " or " + textColumn);
        }
        String label = row.get(labelColumn);
        String text = row.get(textColumn);
        if (label != null && !label.isBlank() && text != null) {
          texts.add(text);
          labels.add(label.trim());
        }
      }
    }
    return new LabelledTexts(texts, labels);
  }

  public int size() {
    return texts.size();
  }

  /** The rows for which the test holds, and the others. */
  public LabelledTexts[] split(java.util.function.Predicate<String> heldOut) {
    List<Integer> kept = new ArrayList<>();
    List<Integer> held = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      (heldOut.test(texts.get(i)) ? held : kept).add(i);
    }
    return new LabelledTexts[] {subset(kept), subset(held)};
  }

  /** The rows at these positions. */
  public LabelledTexts subset(List<Integer> rows) {
    List<String> t = new ArrayList<>();
    List<String> l = new ArrayList<>();
    for (int row : rows) {
      t.add(texts.get(row));
      l.add(labels.get(row));
    }
    return new LabelledTexts(t, l);
  }
}

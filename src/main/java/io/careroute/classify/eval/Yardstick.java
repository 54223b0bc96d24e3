package io.careroute.classify.eval;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The real-text yardstick: real customers' tweets, labelled by hand in the default taxonomy. The
 * project keeps only each tweet's source, row id and label ({@code yardstick.csv}); the texts stay
 * in the shared data folder, which a user's clone does not have.
 */
public final class Yardstick {

  /** The labels, in the project. */
  public static final Path LABELS = Path.of("src/test/resources/classifier/yardstick.csv");

  /** The shared real data, beside the project. */
  public static final Path DATA = Path.of("../shared/data");

  private static final Map<String, Source> SOURCES =
      Map.of(
          "uk-mobile", new Source("uk-mobile-tweets/dev.csv", "row_id"),
          "twcs", new Source("twcs-threads/threads.csv", "tweet_id"));

  private record Source(String file, String idColumn) {}

  private Yardstick() {}

  /**
   * The labelled real texts, or empty (with the reason on standard output) when the shared data or
   * the labels are not here.
   */
  public static Optional<LabelledTexts> read(Path labels, Path data) throws IOException {
    if (!Files.exists(labels)) {
      System.out.println(labels + " is not here; no yardstick.");
      return Optional.empty();
    }
    Map<String, Map<String, String>> texts = new HashMap<>();
    for (var source : SOURCES.entrySet()) {
      Path file = data.resolve(source.getValue().file());
      if (!Files.exists(file)) {
        System.out.println(file + " is not here (the shared real data); yardstick skipped.");
        return Optional.empty();
      }
      texts.put(source.getKey(), column(file, source.getValue().idColumn(), "text"));
    }
    List<String> t = new ArrayList<>();
    List<String> l = new ArrayList<>();
    for (Map<String, String> row : rows(labels)) {
      String text = texts.getOrDefault(row.get("source"), Map.of()).get(row.get("row_id"));
      if (text == null) {
        throw new IOException(
            "No text for " + row.get("source") + " row " + row.get("row_id") + " in " + data);
      }
      t.add(text);
      l.add(row.get("label").trim());
    }
    return Optional.of(new LabelledTexts(t, l));
  }

  private static Map<String, String> column(Path csv, String key, String value) throws IOException {
    Map<String, String> byKey = new HashMap<>();
    for (Map<String, String> row : rows(csv)) {
      byKey.put(row.get(key), row.get(value));
    }
    return byKey;
  }

  private static List<Map<String, String>> rows(Path csv) throws IOException {
    try (Reader reader = Files.newBufferedReader(csv);
        MappingIterator<Map<String, String>> rows =
            new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(reader)) {
      return rows.readAll();
    }
  }
}

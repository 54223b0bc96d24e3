package io.careroute.classify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YardstickTest {

  @Test
  void without_the_shared_data_the_yardstick_is_skipped_not_failed(@TempDir Path nowhere)
      throws Exception {
    assertThat(Yardstick.read(Yardstick.LABELS, nowhere.resolve("missing"))).isEmpty();
  }

  @Test
  void the_labels_join_their_texts_by_source_and_row_id(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data.resolve("uk-mobile-tweets"));
    Files.createDirectories(data.resolve("twcs-threads"));
    Files.writeString(
        data.resolve("uk-mobile-tweets/dev.csv"),
        "row_id,network,created_at,text,subject,sentiment\n"
            + "7,EE,2019-12-01,no signal in Leeds,Network,negative\n");
    Files.writeString(
        data.resolve("twcs-threads/threads.csv"),
        "tweet_id,author_id,inbound,text\n42,115712,True,thanks that worked\n");
    Path labels = dir.resolve("yardstick.csv");
    Files.writeString(labels, "source,row_id,label\ntwcs,42,PRAISE\nuk-mobile,7,FAULT\n");

    LabelledTexts read = Yardstick.read(labels, data).orElseThrow();

    assertThat(read.texts()).containsExactly("thanks that worked", "no signal in Leeds");
    assertThat(read.labels()).containsExactly("PRAISE", "FAULT");
  }

  @Test
  void the_projects_yardstick_holds_ids_and_labels_only_for_at_least_600_tweets() throws Exception {
    var lines = Files.readAllLines(Yardstick.LABELS);

    assertThat(lines.get(0)).isEqualTo("source,row_id,label");
    assertThat(lines.subList(1, lines.size()))
        .hasSizeGreaterThanOrEqualTo(600)
        .allMatch(
            line ->
                line.matches(
                    "(uk-mobile|twcs),[0-9]+,"
                        + "(FAULT|BILLING|ACCOUNT|ORDER|CANCELLATION|COMPLAINT|PRAISE|OTHER)"));
  }
}

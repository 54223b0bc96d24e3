package io.careroute.bench;

import io.careroute.classify.RepetitionWatch;
import io.careroute.classify.SpamPolicy;
import io.careroute.classify.TextClassifier;
import io.careroute.classify.eval.CommandOptions;
import io.careroute.classify.eval.LabelledTexts;
import io.careroute.classify.language.LanguageDetection;
import io.careroute.classify.model.DefaultCorpus;
import io.careroute.classify.model.LinearTextModel;
import io.careroute.classify.model.ModelTrainer;
import io.careroute.classify.model.SentenceEncoder;
import io.careroute.classify.pii.PiiDetector;
import io.careroute.messaging.AuthorPayload;
import io.careroute.messaging.MentionAccepted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code bin/careroute bench-classifier}: the whole classification of a mention (category,
 * sentiment, language, personal data, spam, urgency) on one thread, over the shipped corpus's texts
 * for a fixed time, and the memory the models take. {@code --encoder none} measures the models
 * without sentence meaning. It prints figures; it asserts nothing.
 */
public final class ClassifierBenchmark {

  private ClassifierBenchmark() {}

  public static void main(String[] args) throws Exception {
    var options = CommandOptions.parse(args);
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
    long residentBefore = residentBytes();
    ModelTrainer trainer = CommandOptions.trainer(options, false);
    if (!options.getOrDefault("encoder", "").equals("none")) {
      SentenceEncoder.shared(
              SentenceEncoder.Kind.named(
                  options.get("encoder") == null
                      ? SentenceEncoder.DEFAULT.id
                      : options.get("encoder")))
          .encode("warm up");
    }
    long encoderResident = residentBytes() - residentBefore;
    long before = usedHeap();
    // --corpus FILE trains on another corpus (an older one, to compare in the same run).
    LabelledTexts categories =
        options.containsKey("corpus")
            ? LabelledTexts.read(Path.of(options.get("corpus")), "text", "category")
            : DefaultCorpus.read("category");
    LabelledTexts sentiments =
        options.containsKey("corpus")
            ? LabelledTexts.read(Path.of(options.get("corpus")), "text", "sentiment")
            : DefaultCorpus.read("sentiment");
    LinearTextModel category =
        trainer.train(categories.texts(), categories.labels(), "bench-category");
    LinearTextModel sentiment =
        trainer.train(sentiments.texts(), sentiments.labels(), "bench-sentiment");
    LanguageDetection languages =
        new LanguageDetection(
            List.of(
                "en", "cy", "pl", "ro", "pa", "ur", "bn", "gu", "es", "fr", "pt", "it", "de",
                "ar"));
    PiiDetector pii =
        new PiiDetector(List.of(Pattern.compile(PiiDetector.DEFAULT_ACCOUNT_PATTERN)), List.of());
    TextClassifier classifier =
        new TextClassifier(
            category,
            sentiment,
            pii,
            languages,
            new SpamPolicy(new RepetitionWatch(100_000, 3_600_000, 3)));
    // The same texts whichever corpus trained the models: the shipped corpus's.
    List<String> texts = DefaultCorpus.read("category").texts();
    categories = null;
    sentiments = null;
    long modelsHeap = usedHeap() - before;

    classifyFor(classifier, texts, 5);
    long[] counted = classifyFor(classifier, texts, seconds);
    double perSecond = counted[0] / (counted[1] / 1e9);
    System.out.println();
    System.out.println(
        "careroute classifier benchmark (one thread, the shipped corpus's texts; models trained on "
            + options.getOrDefault("corpus", "the shipped corpus")
            + ")");
    System.out.printf(
        "machine: %d cores, %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    System.out.printf(
        "models: %s; category %d labels, sentiment %s%n",
        trainer.settings(), category.labels().size(), sentiment.labels());
    System.out.printf(
        "classified: %d mentions in %d s: %.0f per second%n", counted[0], seconds, perSecond);
    System.out.printf(
        "heap held by the models and detectors after a full GC: %.1f MiB%n",
        modelsHeap / 1048576.0);
    if (category.usesSentenceEncoder()) {
      System.out.printf(
          "resident memory added by starting the sentence encoder (ONNX Runtime): %.1f MiB%n",
          encoderResident / 1048576.0);
    }
  }

  /** The process's resident set from /proc (Linux); 0 elsewhere. */
  private static long residentBytes() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return 0;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    return 0;
  }

  private static long[] classifyFor(TextClassifier classifier, List<String> texts, int seconds) {
    long started = System.nanoTime();
    long end = started + seconds * 1_000_000_000L;
    long n = 0;
    while (System.nanoTime() < end) {
      String text = texts.get((int) (n % texts.size()));
      classifier.classify(
          new MentionAccepted(
              "m" + n,
              "x",
              "e" + n,
              new AuthorPayload("a" + (n % 5000), "user", null, null, null),
              text,
              Instant.EPOCH,
              Instant.EPOCH,
              null,
              null,
              null,
              null,
              false));
      n++;
    }
    return new long[] {n, System.nanoTime() - started};
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}

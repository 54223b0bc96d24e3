package io.careroute.classify;

import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import io.careroute.metrics.PipelineMetrics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * The classifier stage: its own consumer group reads accepted mentions and writes classified ones,
 * keeping the record key so a conversation stays on one partition. The incoming record is
 * acknowledged only after the outgoing one is in Kafka.
 */
@ApplicationScoped
public class ClassifierStage {

  private final TextClassifier classifier;
  private final PipelineMetrics metrics;

  ClassifierStage(TextClassifier classifier, PipelineMetrics metrics) {
    this.classifier = classifier;
    this.metrics = metrics;
  }

  @Incoming(Channels.CLASSIFIER_IN)
  @Outgoing(Channels.CLASSIFIER_OUT)
  @Blocking // milliseconds of model work per mention: a worker thread, in order, not the event loop
  MentionClassified classify(MentionAccepted mention) {
    long start = System.nanoTime();
    MentionClassified classified = new MentionClassified(mention, classifier.classify(mention));
    metrics.classified(Duration.ofNanos(System.nanoTime() - start));
    return classified;
  }
}

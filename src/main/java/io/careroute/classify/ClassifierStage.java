package io.careroute.classify;

import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import io.careroute.messaging.StageProgress;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
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
  private final Event<StageProgress> reported;

  ClassifierStage(TextClassifier classifier, Event<StageProgress> reported) {
    this.classifier = classifier;
    this.reported = reported;
  }

  @Incoming(Channels.CLASSIFIER_IN)
  @Outgoing(Channels.CLASSIFIER_OUT)
  @Blocking // milliseconds of model work per mention: a worker thread, in order, not the event loop
  MentionClassified classify(MentionAccepted mention) {
    long start = System.nanoTime();
    MentionClassified classified = new MentionClassified(mention, classifier.classify(mention));
    reported.fire(new StageProgress.Classified(Duration.ofNanos(System.nanoTime() - start)));
    return classified;
  }
}

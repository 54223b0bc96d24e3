package io.careroute.classify;

import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import jakarta.enterprise.context.ApplicationScoped;
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

  ClassifierStage(TextClassifier classifier) {
    this.classifier = classifier;
  }

  @Incoming(Channels.CLASSIFIER_IN)
  @Outgoing(Channels.CLASSIFIER_OUT)
  MentionClassified classify(MentionAccepted mention) {
    return new MentionClassified(mention, classifier.classify(mention));
  }
}

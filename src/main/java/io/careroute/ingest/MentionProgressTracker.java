package io.careroute.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careroute.messaging.Channels;
import io.careroute.messaging.MentionAccepted;
import io.careroute.messaging.MentionClassified;
import io.careroute.messaging.StageProgress;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the pipeline topics in its own consumer group, so {@code GET /api/v1/mentions/{id}} can
 * answer ACCEPTED as soon as Kafka has the record, without any database work on ingest.
 */
@ApplicationScoped
public class MentionProgressTracker {

  private static final Logger LOG = Logger.getLogger(MentionProgressTracker.class);

  private final MentionProgressService progress;
  private final ObjectMapper mapper;
  private final Event<StageProgress> reported;

  MentionProgressTracker(
      MentionProgressService progress, ObjectMapper mapper, Event<StageProgress> reported) {
    this.progress = progress;
    this.mapper = mapper;
    this.reported = reported;
  }

  @Incoming(Channels.TRACKER_ACCEPTED_IN)
  @Blocking
  @Transactional
  void accepted(MentionAccepted mention) {
    progress.advance(mention.mentionId(), MentionStage.ACCEPTED, null);
  }

  @Incoming(Channels.TRACKER_CLASSIFIED_IN)
  @Blocking
  @Transactional
  void classified(MentionClassified classified) {
    progress.advance(classified.mention().mentionId(), MentionStage.CLASSIFIED, null);
  }

  /**
   * Dead letters of both stages arrive here as raw JSON: an accepted mention carries its id at the
   * top, a classified one under {@code mention}. A record that cannot be read has no id to mark.
   */
  @Incoming(Channels.TRACKER_DEAD_LETTER_IN)
  @Blocking
  @Transactional
  void deadLettered(String json) {
    deadLetteredMentionId(json)
        .ifPresent(id -> progress.advance(id, MentionStage.DEAD_LETTERED, null));
  }

  private Optional<String> deadLetteredMentionId(String json) {
    if (json == null) {
      return Optional.empty();
    }
    try {
      JsonNode tree = mapper.readTree(json);
      reported.fire(new StageProgress.DeadLettered(tree.has("mention") ? "routing" : "classifier"));
      JsonNode id =
          tree.has("mention") ? tree.path("mention").path("mentionId") : tree.path("mentionId");
      return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
    } catch (JsonProcessingException e) {
      reported.fire(new StageProgress.DeadLettered("unknown"));
      LOG.warnf("Dead letter without a readable mention id: %s", e.getOriginalMessage());
      return Optional.empty();
    }
  }
}

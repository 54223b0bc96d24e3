package io.careroute.messaging;

/**
 * Channel names shared by producers, consumers and tests, so a renamed channel cannot silently
 * split the pipeline. Channel names are distinct from topic names: topics are set in configuration.
 */
public final class Channels {

  /**
   * Routing sends the mentions it could not route here (topic careroute.mentions.classified.dlq).
   */
  public static final String ROUTING_DEAD_LETTER_OUT = "routing-dead-letter-out";

  /** The outbox relay publishes ticket events here (topic careroute.ticket.events). */
  public static final String TICKET_EVENTS_OUT = "ticket-events-out";

  /** Each instance reads every ticket event here, for its own live (SSE) clients. */
  public static final String LIVE_EVENTS_IN = "live-events-in";

  /** Ingest writes accepted mentions here (topic careroute.mentions.accepted). */
  public static final String MENTIONS_ACCEPTED_OUT = "mentions-accepted-out";

  /** The classifier stage reads accepted mentions here. */
  public static final String CLASSIFIER_IN = "classifier-in";

  /** The classifier stage writes classified mentions here (topic careroute.mentions.classified). */
  public static final String CLASSIFIER_OUT = "classifier-out";

  /** The routing stage reads classified mentions here. */
  public static final String ROUTING_IN = "routing-in";

  /** The progress tracker reads accepted mentions here. */
  public static final String TRACKER_ACCEPTED_IN = "tracker-accepted-in";

  /** The progress tracker reads classified mentions here. */
  public static final String TRACKER_CLASSIFIED_IN = "tracker-classified-in";

  /** The progress tracker reads dead-lettered records here. */
  public static final String TRACKER_DEAD_LETTER_IN = "tracker-dead-letter-in";

  /** The reply relay publishes agents' replies here (topic careroute.replies.outbound). */
  public static final String REPLIES_OUT = "replies-out";

  /** The delivery stage reads replies to send to the platforms here. */
  public static final String DELIVERY_IN = "delivery-in";

  private Channels() {}
}

package io.careroute.ingest;

/** How far a mention has travelled through the pipeline, in order. */
public enum MentionStage {
  ACCEPTED,
  CLASSIFIED,
  ROUTED,
  DEAD_LETTERED
}

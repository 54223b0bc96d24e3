package io.careroute.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Derives a mention's id from (platform, externalId), so a redelivered mention gets the same id and
 * is recognised as the same anywhere in the pipeline.
 */
public final class MentionIds {

  private MentionIds() {}

  /** The deterministic id of the mention with this external id on this platform. */
  public static String of(String platform, String externalId) {
    byte[] name =
        ("careroute:mention:" + platform + ":" + externalId).getBytes(StandardCharsets.UTF_8);
    return UUID.nameUUIDFromBytes(name).toString();
  }
}

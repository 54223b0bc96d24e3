package io.careroute.messaging;

/** The public author of a mention, as carried on Kafka. */
public record AuthorPayload(
    String id, String handle, String displayName, Long followers, Boolean verified) {}

package io.careroute.messaging;

/** An accepted mention with its classification: the payload of the classified-mentions topic. */
public record MentionClassified(MentionAccepted mention, Classification classification) {}

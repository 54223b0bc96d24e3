package io.careroute.messaging;

/** One piece of personal data found in a text: its type and the character span it covers. */
public record PiiFinding(String type, int start, int end) {}

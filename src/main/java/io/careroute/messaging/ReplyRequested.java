package io.careroute.messaging;

import java.time.Instant;

/**
 * A reply an agent wrote, as the outbound topic carries it (keyed by ticket id) to the delivery
 * stage. {@code inReplyToExternalId} is the platform id of the customer's message it answers;
 * {@code recipientId} is the customer's platform account, for private messages.
 */
public record ReplyRequested(
    String messageId,
    String ticketId,
    String platform,
    String visibility,
    String text,
    String inReplyToExternalId,
    String recipientId,
    Instant requestedAt) {}

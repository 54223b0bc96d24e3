package io.careroute.reply;

import io.careroute.ticket.DeliveryStatus;

/** The 202 answer to a reply: its message id and delivery status (PENDING). */
public record ReplyAccepted(String messageId, DeliveryStatus deliveryStatus) {}

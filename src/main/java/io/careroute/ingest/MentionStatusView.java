package io.careroute.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer of {@code GET /api/v1/mentions/{mentionId}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MentionStatusView(String mentionId, MentionStage stage, String ticketId) {}

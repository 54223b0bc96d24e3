package io.careroute.ingest;

import io.careroute.config.CarerouteConfig;
import io.careroute.messaging.MentionAccepted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one way into the pipeline, shared by the mentions API and every webhook: validates, applies
 * the source's rate limit, and completes only when Kafka holds every mention. No database work.
 */
@ApplicationScoped
public class IngestService {

  private static final Set<String> PLATFORM_TAGS = Set.of("x", "facebook", "instagram", "generic");

  private final MentionPublisher publisher;
  private final RateLimiter rateLimiter;
  private final IngestMetrics metrics;
  private final Validator validator;
  private final SourcePolicy sources;
  private final Duration createdAtMaxAge;

  IngestService(
      MentionPublisher publisher,
      RateLimiter rateLimiter,
      IngestMetrics metrics,
      Validator validator,
      SourcePolicy sources,
      CarerouteConfig config) {
    this.sources = sources;
    this.createdAtMaxAge = config.ingest().createdAtMaxAge();
    this.publisher = publisher;
    this.rateLimiter = rateLimiter;
    this.metrics = metrics;
    this.validator = validator;
  }

  /** Throws a violation naming every bad field of the bean; counts it as rejected. */
  public <T> T validated(T bean, String platform, int count) {
    if (bean == null) {
      metrics.rejected(platformTag(platform), "invalid", 1);
      throw new BadRequestException("A JSON body is required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(bean);
    if (!violations.isEmpty()) {
      metrics.rejected(platformTag(platform), "invalid", count);
      throw new ConstraintViolationException(violations);
    }
    return bean;
  }

  /** Accepts validated mentions from one source: completes when Kafka has them all. */
  public Uni<List<MentionAccepted>> accept(String source, List<MentionRequest> requests) {
    String platform = requests.isEmpty() ? "unknown" : platformTag(requests.get(0).platform());
    List<SourceRefusedException.Refusal> refusals = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      String prefix = requests.size() == 1 ? "" : "mentions[" + i + "].";
      sources
          .refusal(source, requests.get(i))
          .ifPresent(
              r ->
                  refusals.add(new SourceRefusedException.Refusal(prefix + r.field(), r.reason())));
    }
    if (!refusals.isEmpty()) {
      metrics.rejected(platform, "source_refused", requests.size());
      return Uni.createFrom().failure(new SourceRefusedException(refusals));
    }
    try {
      rateLimiter.acquire(source, requests.size());
    } catch (RateLimitedException e) {
      metrics.rejected(platform, "rate_limited", requests.size());
      return Uni.createFrom().failure(e);
    }
    Instant receivedAt = Instant.now();
    long started = System.nanoTime();
    List<MentionAccepted> mentions =
        requests.stream()
            .map(r -> MentionMapper.toAccepted(r, receivedAt, createdAtMaxAge))
            .toList();
    if (mentions.isEmpty()) {
      return Uni.createFrom().item(mentions);
    }
    List<Uni<Void>> sends = mentions.stream().map(publisher::publish).toList();
    return Uni.join()
        .all(sends)
        .andFailFast()
        .onItem()
        .invoke(
            () -> {
              Duration latency = Duration.ofNanos(System.nanoTime() - started);
              for (MentionAccepted m : mentions) {
                metrics.accepted(platformTag(m.platform()), 1, latency);
              }
            })
        .onFailure()
        .invoke(() -> metrics.unavailable(platform, mentions.size()))
        .replaceWith(mentions);
  }

  /** Keeps metric tags bounded: unknown platform names are counted as "other". */
  public static String platformTag(String platform) {
    if (platform == null) {
      return "unknown";
    }
    return PLATFORM_TAGS.contains(platform) ? platform : "other";
  }
}

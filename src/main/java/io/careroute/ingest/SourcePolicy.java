package io.careroute.ingest;

import io.careroute.config.CarerouteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which source may speak for which platform: each signed webhook owns its platforms' id spaces (X
 * for {@code x}, Meta for {@code facebook} and {@code instagram}), so no other source can pre-empt
 * a real post's id or thread into its tickets; and only sources named for it may record a brand
 * post, which stops SLA clocks. Sources are {@code x}, {@code meta}, {@code generic:<name>} and
 * {@code api:<token subject>}.
 */
@ApplicationScoped
public class SourcePolicy {

  private static final Set<String> X = Set.of("x");
  private static final Set<String> META = Set.of("facebook", "instagram");

  private final Set<String> apiPlatforms;
  private final Set<String> genericPlatforms;
  private final Set<String> brandPostSources;

  @Inject
  SourcePolicy(CarerouteConfig config) {
    this(
        config.ingest().apiPlatforms(),
        config.webhooks().genericPlatforms(),
        config.ingest().brandPostSources().orElse(List.of()));
  }

  SourcePolicy(
      List<String> apiPlatforms, List<String> genericPlatforms, List<String> brandPostSources) {
    this.apiPlatforms = Set.copyOf(trimmed(apiPlatforms));
    this.genericPlatforms = Set.copyOf(trimmed(genericPlatforms));
    this.brandPostSources = Set.copyOf(trimmed(brandPostSources));
  }

  /** Which field this source may not send as it is, and why; empty when it may. */
  public Optional<SourceRefusedException.Refusal> refusal(String source, MentionRequest mention) {
    Set<String> platforms = platformsOf(source);
    if (!platforms.contains(mention.platform())) {
      return refused(
          "platform",
          "source "
              + source
              + " may not post as platform '"
              + mention.platform()
              + "'; it may post as "
              + String.join(", ", platforms.stream().sorted().toList()));
    }
    if (Boolean.TRUE.equals(mention.authoredByBrand()) && !mayPostAsBrand(source)) {
      return refused(
          "authoredByBrand", "source " + source + " may not record the brand's own posts");
    }
    return Optional.empty();
  }

  private static Optional<SourceRefusedException.Refusal> refused(String field, String reason) {
    return Optional.of(new SourceRefusedException.Refusal(field, reason));
  }

  private Set<String> platformsOf(String source) {
    if (source.equals("x")) {
      return X;
    }
    if (source.equals("meta")) {
      return META;
    }
    if (source.startsWith("generic:")) {
      return genericPlatforms;
    }
    return source.startsWith("api:") ? apiPlatforms : Set.of();
  }

  private boolean mayPostAsBrand(String source) {
    return source.equals("x") || source.equals("meta") || brandPostSources.contains(source);
  }

  private static List<String> trimmed(List<String> values) {
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }
}

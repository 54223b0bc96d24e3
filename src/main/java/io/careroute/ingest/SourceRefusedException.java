package io.careroute.ingest;

import io.careroute.problem.ApiException;
import io.careroute.problem.Problem;
import java.util.List;

/**
 * A source tried to post for a platform it does not own, or to record a brand post it may not
 * (403): nothing of the request is accepted. Each refusal names the mention's field.
 */
public class SourceRefusedException extends ApiException {

  /** One refused mention: its field path and why. */
  public record Refusal(String field, String reason) {}

  private final List<Refusal> refusals;

  public SourceRefusedException(List<Refusal> refusals) {
    super(403, "Forbidden", refusals.get(0).reason());
    this.refusals = List.copyOf(refusals);
  }

  public List<Refusal> refusals() {
    return refusals;
  }

  @Override
  public List<Problem.FieldError> errors() {
    return refusals.stream().map(r -> new Problem.FieldError(r.field(), r.reason())).toList();
  }
}

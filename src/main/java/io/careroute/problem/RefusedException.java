package io.careroute.problem;

/** A well-formed request that a business rule refuses: a 422 saying which rule. */
public class RefusedException extends ApiException {

  public RefusedException(String message) {
    super(422, "Unprocessable Content", message);
  }
}

package io.careroute.problem;

import java.util.List;

/** A request whose parameters (not its body) are invalid: a 400 naming each bad one. */
public class InvalidRequestException extends ApiException {

  private final List<Problem.FieldError> errors;

  public InvalidRequestException(List<Problem.FieldError> errors) {
    super(
        400,
        "Invalid request",
        "Invalid fields: "
            + String.join(", ", errors.stream().map(Problem.FieldError::field).toList()));
    this.errors = List.copyOf(errors);
  }

  @Override
  public List<Problem.FieldError> errors() {
    return errors;
  }
}

package io.careroute.security;

import io.careroute.problem.InputGate;
import io.quarkus.security.AuthenticationFailedException;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's {@code sub}, everywhere (ownership, presence, live events, audit,
 * ingest sources). Never {@code upn} or {@code preferred_username}, which a token may set to
 * another agent's id. A subject that is not a 1–64 character printable id is refused (401).
 */
public final class Caller {

  /** The longest agent id careroute stores. */
  public static final int MAX_ID_LENGTH = 64;

  private Caller() {}

  /** The caller's id: the verified token's subject. */
  public static String idOf(Principal principal) {
    String subject =
        principal instanceof JsonWebToken token ? token.getSubject() : principal.getName();
    if (subject == null
        || subject.isBlank()
        || subject.length() > MAX_ID_LENGTH
        || InputGate.textProblem(subject).isPresent()) {
      throw new AuthenticationFailedException(
          "The token's sub must be an id of 1 to " + MAX_ID_LENGTH + " printable characters");
    }
    return subject;
  }
}

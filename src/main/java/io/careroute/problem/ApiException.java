package io.careroute.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A failure that is the client's to know about, as the problem it answers with: each package throws
 * its own subtypes, and one mapper turns them all into RFC 9457 problems, so this package needs to
 * know none of them.
 */
public abstract class ApiException extends RuntimeException {

  private final int httpStatus;
  private final String title;

  protected ApiException(int status, String title, String detail) {
    super(detail);
    this.httpStatus = status;
    this.title = title;
  }

  protected ApiException(Response.Status status, String detail) {
    this(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  /** The fields at fault, if the problem names any. */
  public List<Problem.FieldError> errors() {
    return null;
  }

  /** Seconds after which a retry may succeed ({@code Retry-After}), or 0 for none. */
  public long retryAfterSeconds() {
    return 0;
  }

  /** The problem as a response, with {@code Retry-After} when there is one. */
  public Response toResponse() {
    Response problem = Problem.of(httpStatus, title, getMessage(), errors()).toResponse();
    return retryAfterSeconds() <= 0
        ? problem
        : Response.fromResponse(problem)
            .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds())
            .build();
  }
}

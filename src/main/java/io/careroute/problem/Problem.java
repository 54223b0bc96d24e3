package io.careroute.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail: the body of every error careroute returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  /** The media type every problem is sent with. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One bad field of a request, named by its JSON path. */
  public record FieldError(String field, String message) {}

  /** A problem with no field errors; the type names the status. */
  public static Problem of(Response.Status status, String detail) {
    return of(status.getStatusCode(), status.getReasonPhrase(), detail, null);
  }

  /** A problem with an explicit title and optional field errors. */
  public static Problem of(int status, String title, String detail, List<FieldError> errors) {
    return new Problem("https://careroute.io/problems/" + status, title, status, detail, errors);
  }

  /** This problem as a response with the problem media type. */
  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}

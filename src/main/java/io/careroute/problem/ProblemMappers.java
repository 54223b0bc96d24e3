package io.careroute.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem: client mistakes get their own status and the bad
 * fields named; anything unexpected is logged here and answered without internals.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private final Event<BodyRefused> refused;

  ProblemMappers(Event<BodyRefused> refused) {
    this.refused = refused;
  }

  @ServerExceptionMapper
  public Response validation(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String fields =
        errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
    return Problem.of(400, "Invalid request", "Invalid fields: " + fields, errors).toResponse();
  }

  /** Listed one by one because Quarkus ships its own mappers for the specific Jackson types. */
  @ServerExceptionMapper({
    JsonProcessingException.class,
    JsonParseException.class,
    JsonMappingException.class,
    MismatchedInputException.class,
    InvalidFormatException.class
  })
  public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
    if (tooLarge(e)) {
      return bodyTooLarge();
    }
    refused.fire(new BodyRefused(uri.getPath()));
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = jsonPath(mapping.getPath());
      String message =
          e instanceof CleanStrings.RefusedText refused
              ? refused.getOriginalMessage()
              : "has the wrong type or format";
      var error = new Problem.FieldError(field, message);
      return Problem.of(400, "Invalid request", "Invalid field: " + field, List.of(error))
          .toResponse();
    }
    var location = e.getLocation();
    String where =
        location == null
            ? ""
            : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    return Problem.of(400, "Malformed JSON", "The body is not valid JSON" + where, null)
        .toResponse();
  }

  /**
   * A body that could not be read: a chunked body past the 1 MiB limit (the HTTP layer stops
   * reading it with "Request too large") is a 413, anything else a 400.
   */
  @ServerExceptionMapper
  public Response unreadableBody(IOException e) {
    if (tooLarge(e)) {
      return bodyTooLarge();
    }
    return Problem.of(400, "Bad Request", "The body could not be read", null).toResponse();
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IOException && "Request too large".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static Response bodyTooLarge() {
    return Problem.of(413, "Content Too Large", "The body is over 1 MiB", null).toResponse();
  }

  /** Every failure a package raised for its client, with that package's status and detail. */
  @ServerExceptionMapper
  public Response api(ApiException e) {
    return e.toResponse();
  }

  /** Two writers changed the same ticket at once; the later one must read it again. */
  @ServerExceptionMapper({
    jakarta.persistence.OptimisticLockException.class,
    org.hibernate.StaleObjectStateException.class
  })
  public Response staleWrite(RuntimeException e) {
    return Problem.of(
            Response.Status.CONFLICT,
            "The ticket was changed by someone else meanwhile; read it again and retry")
        .toResponse();
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    return Response.fromResponse(
            Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required")
                .toResponse())
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return Problem.of(Response.Status.FORBIDDEN, "Your role does not allow this").toResponse();
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException json) {
      return unreadableJson(json, uri);
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return unexpected(e);
    }
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title = type != null ? type.getReasonPhrase() : "Error";
    return Problem.of(status, title, e.getMessage(), null).toResponse();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Exception e) {
    LOG.error("Unexpected failure", e);
    return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "Unexpected error").toResponse();
  }

  /** The JSON path of a violation, without the method and parameter names in front. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<String> parts = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
        continue;
      }
      String name = node.getName();
      if (node.getIndex() != null && !parts.isEmpty()) {
        int last = parts.size() - 1;
        parts.set(last, parts.get(last) + "[" + node.getIndex() + "]");
      }
      if (name != null && !name.startsWith("<")) {
        parts.add(name);
      }
    }
    return parts.isEmpty() ? "body" : String.join(".", parts);
  }

  private static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.toString();
  }
}

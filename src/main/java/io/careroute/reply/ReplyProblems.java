package io.careroute.reply;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.careroute.messaging.PiiFinding;
import io.careroute.problem.Problem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers a refused public reply as an RFC 9457 problem that also lists the findings. */
public class ReplyProblems {

  /** The problem body with the personal data found: type, start and end of each. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PersonalDataProblem(
      String type, String title, int status, String detail, List<PiiFinding> findings) {}

  @ServerExceptionMapper
  public Response personalData(PersonalDataException e) {
    Problem base = Problem.of(422, "Unprocessable Content", e.getMessage(), null);
    return Response.status(422)
        .type(Problem.MEDIA_TYPE)
        .entity(
            new PersonalDataProblem(
                base.type(), base.title(), base.status(), base.detail(), e.findings()))
        .build();
  }
}

package io.careroute.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every path and query parameter of every request against the input gate before a resource
 * sees it: a 400 naming each bad parameter, never a 500 from a database that refuses the text.
 */
public class ParameterGate {

  @ServerRequestFilter
  public void check(ContainerRequestContext request) {
    List<Problem.FieldError> errors = new ArrayList<>();
    collect(request.getUriInfo().getPathParameters(), errors);
    collect(request.getUriInfo().getQueryParameters(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }

  private static void collect(
      MultivaluedMap<String, String> parameters, List<Problem.FieldError> errors) {
    for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      if (InputGate.parameterProblem(name).isPresent()) {
        errors.add(new Problem.FieldError("query", "has a parameter name that is not accepted"));
        continue;
      }
      for (String value : parameter.getValue()) {
        InputGate.parameterProblem(value)
            .ifPresent(problem -> errors.add(new Problem.FieldError(name, problem)));
      }
    }
  }
}

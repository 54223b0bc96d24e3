package io.careroute.problem;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with the errors every endpoint shares, so that no operation is
 * documented without them: the RFC 9457 {@code Problem} schema, 401 and 403 on the agent API, 400,
 * 413 and 415 where a body is read, 404 where a path names a record. Errors peculiar to one
 * endpoint (409, 412, 422, 429, 503) are declared on its method and described the same way.
 */
public class ProblemResponses implements OASFilter {

  static final String SCHEMA = "Problem";
  private static final String REF = "#/components/schemas/" + SCHEMA;

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema(SCHEMA, problemSchema());
    if (openAPI.getPaths() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach((method, operation) -> complete(path, method, operation)));
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    if (path.startsWith("/api/")) {
      add(responses, "401", "No bearer token, or one that is invalid or expired");
      add(responses, "403", "The token's groups do not allow this");
    }
    if (operation.getRequestBody() != null) {
      add(responses, "400", "Malformed JSON, or invalid fields (each named in errors[])");
      add(responses, "413", "The body is over 1 MiB");
      add(responses, "415", "The body is not of the documented media type");
    }
    if (path.contains("{id}") || path.contains("{mentionId}")) {
      add(responses, "404", "There is no such record");
    }
    // Whatever the method declared itself is described as a problem too.
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
              }
            });
  }

  private static void add(APIResponses responses, String code, String description) {
    if (!responses.hasAPIResponse(code)) {
      responses.addAPIResponse(
          code, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }
  }

  private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)));
  }

  private static Schema problemSchema() {
    Schema fieldError =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .properties(
                Map.of(
                    "field", string("The JSON path of the bad field, e.g. mentions[3].text"),
                    "message", string("What is wrong with it")));
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem detail, sent as application/problem+json")
        .required(List.of("type", "title", "status", "detail"))
        .properties(
            Map.of(
                "type", string("A URI naming the kind of problem"),
                "title", string("The HTTP status's reason phrase"),
                "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                "detail", string("What went wrong, for a person to read"),
                "errors",
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .description("Every bad field of the request (validation errors only)")
                        .items(fieldError),
                "findings",
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .description(
                            "Personal data a PUBLIC reply would publish: {type, start, end} (422)")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT))));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}

package io.careroute.classify.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/classification/corrections}: agents' corrections as training CSV. */
@Path("/api/v1/classification/corrections")
@Tag(name = "Classifier")
public class CorrectionExportResource {

  private final CorrectionService corrections;

  CorrectionExportResource(CorrectionService corrections) {
    this.corrections = corrections;
  }

  /** Every correction as CSV ({@code text,category,…}), ready for {@code bin/careroute train}. */
  @GET
  @Produces("text/csv")
  @RolesAllowed({"supervisor", "admin"})
  @Operation(
      summary = "Export category corrections as CSV",
      description = "Columns text,category,predicted,ticketId,at: ready for bin/careroute train.")
  public String export() {
    return corrections.exportCsv();
  }
}

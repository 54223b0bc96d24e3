package io.careroute.classify.feedback;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.careroute.classify.model.ClassifierModels;
import io.careroute.problem.RefusedException;
import io.careroute.ticket.AuditedAction;
import io.careroute.ticket.Direction;
import io.careroute.ticket.Ticket;
import io.careroute.ticket.TicketLifecycle;
import io.careroute.ticket.TicketMessage;
import io.careroute.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keeps agents' category corrections: the ticket takes the corrected category, and the customer's
 * words with the right label are stored for retraining ({@code bin/careroute train}).
 */
@ApplicationScoped
public class CorrectionService {

  private final ClassifierModels models;
  private final Event<AuditedAction> audited;

  CorrectionService(ClassifierModels models, Event<AuditedAction> audited) {
    this.models = models;
    this.audited = audited;
  }

  /** Corrects the ticket's category; false when there is no such ticket. */
  @Transactional
  public boolean correct(String ticketId, String category, TicketLifecycle.Actor actor) {
    Ticket ticket = Ticket.findById(ticketId);
    if (ticket == null) {
      return false;
    }
    if (!TicketService.visibleTo(ticket, actor)) {
      throw new TicketLifecycle.NotYourTicketException(
          "Agents correct their own tickets and the queue");
    }
    List<String> taxonomy = models.category().labels();
    if (!taxonomy.contains(category)) {
      throw new RefusedException(
          "'" + category + "' is not in the taxonomy " + String.join(", ", taxonomy));
    }
    ClassificationCorrection correction = new ClassificationCorrection();
    correction.ticketId = ticket.id;
    correction.text =
        TicketMessage.listForTicket(ticket.id).stream()
            .filter(m -> m.direction == Direction.INBOUND)
            .map(m -> m.text)
            .collect(Collectors.joining("\n"));
    correction.predicted = ticket.category();
    correction.corrected = category;
    correction.agentId = actor.id();
    correction.modelVersion = ticket.modelVersion;
    correction.at = Instant.now();
    correction.persist();
    audited.fire(
        new AuditedAction(
            ticket.id,
            actor.id(),
            "CATEGORY_CORRECTED",
            Map.of("category", ticket.category()),
            Map.of("category", category)));
    ticket.correctCategory(category, correction.at);
    return true;
  }

  /**
   * A customer's text as a cell no spreadsheet runs: one that would start a formula ({@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return, as OWASP lists them) gets a
   * leading apostrophe, which spreadsheets show as text and the trainer's tokenizer ignores.
   */
  static String inertCell(String text) {
    String trimmed = text.stripLeading();
    boolean formula = !trimmed.isEmpty() && "=+-@\t\r".indexOf(trimmed.charAt(0)) >= 0;
    return formula || (!text.isEmpty() && "\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
  }

  /** Every correction as CSV with the columns {@code text,category,predicted,ticketId,at}. */
  @Transactional
  public String exportCsv() {
    CsvMapper csv = new CsvMapper();
    CsvSchema schema =
        CsvSchema.builder()
            .addColumn("text")
            .addColumn("category")
            .addColumn("predicted")
            .addColumn("ticketId")
            .addColumn("at")
            .setUseHeader(true)
            .build();
    StringWriter out = new StringWriter();
    try (SequenceWriter rows = csv.writer(schema).writeValues(out)) {
      for (ClassificationCorrection c :
          ClassificationCorrection.<ClassificationCorrection>list("order by id")) {
        rows.write(
            List.of(inertCell(c.text), c.corrected, c.predicted, c.ticketId, c.at.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

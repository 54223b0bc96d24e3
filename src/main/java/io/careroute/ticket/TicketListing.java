package io.careroute.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists tickets in the contract's order (priority, then oldest first-response deadline) with keyset
 * paging and the visibility rule: agents see their own tickets and the unassigned queue,
 * supervisors and admins see all. One SQL query per page, served by the ticket_listing index.
 */
@ApplicationScoped
public class TicketListing {

  /** {@link Ticket#visibleTo} for an agent, in SQL: their own tickets and the unassigned queue. */
  static final String VISIBLE_TO_READER =
      "(assignee_id = :reader or (assignee_id is null and status in ('NEW', 'QUEUED')))";

  private static final String DUE = "coalesce(first_response_due_at, :never)";

  /** One page for this reader. */
  @Transactional
  public TicketPage page(TicketFilter filter, TicketLifecycle.Actor reader) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    params.put("never", Ticket.NO_DEADLINE);
    if (!reader.supervisor()) {
      where.add(VISIBLE_TO_READER);
      params.put("reader", reader.id());
    }
    if (!filter.statuses().isEmpty()) {
      where.add("status in (:statuses)");
      params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
    }
    filter
        .assignee()
        .ifPresent(
            who -> {
              if (who.equals("none")) {
                where.add("assignee_id is null");
              } else {
                where.add("assignee_id = :assignee");
                params.put("assignee", who.equals("me") ? reader.id() : who);
              }
            });
    if (!filter.categories().isEmpty()) {
      where.add("category in (:categories)");
      params.put("categories", filter.categories());
    }
    if (!filter.priorities().isEmpty()) {
      where.add("priority in (:priorities)");
      params.put("priorities", filter.priorities().stream().map(Enum::name).toList());
    }
    filter
        .after()
        .ifPresent(
            cursor -> {
              where.add("(priority, " + DUE + ", id) > (:p, :due, :id)");
              params.put("p", cursor.priority().name());
              params.put("due", cursor.due());
              params.put("id", cursor.id());
            });
    String sql =
        "select * from ticket"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by priority, "
            + DUE
            + ", id limit "
            + (filter.limit() + 1);
    Query query = Ticket.getEntityManager().createNativeQuery(sql, Ticket.class);
    params.forEach(query::setParameter);
    @SuppressWarnings("unchecked")
    List<Ticket> rows = query.getResultList();
    boolean more = rows.size() > filter.limit();
    List<Ticket> shown = more ? rows.subList(0, filter.limit()) : rows;
    return new TicketPage(
        shown.stream().map(TicketMapper::toSummary).toList(),
        more ? TicketCursor.after(shown.get(shown.size() - 1)).encode() : null);
  }
}

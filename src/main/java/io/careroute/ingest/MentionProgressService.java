package io.careroute.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Records how far each mention got. Stages arrive from several consumers in any order, so an update
 * only ever moves a mention forward (ACCEPTED, CLASSIFIED, ROUTED), and DEAD_LETTERED only replaces
 * a stage before ROUTED.
 */
@ApplicationScoped
public class MentionProgressService {

  private static final String ADVANCE =
      """
      insert into mention_progress (mention_id, stage, ticket_id, updated_at)
      values (:id, :stage, :ticket, :now)
      on conflict (mention_id) do update
        set stage = excluded.stage,
            ticket_id = coalesce(excluded.ticket_id, mention_progress.ticket_id),
            updated_at = excluded.updated_at
      where mention_progress.stage <> 'ROUTED'
        and (excluded.stage = 'DEAD_LETTERED' and mention_progress.stage <> 'DEAD_LETTERED'
             or excluded.stage = 'ROUTED'
             or excluded.stage = 'CLASSIFIED' and mention_progress.stage = 'ACCEPTED')
      """;

  private final EntityManager em;

  MentionProgressService(EntityManager em) {
    this.em = em;
  }

  /** Moves the mention forward to this stage, if it is not already further. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void advance(String mentionId, MentionStage stage, String ticketId) {
    em.createNativeQuery(ADVANCE)
        .setParameter("id", mentionId)
        .setParameter("stage", stage.name())
        .setParameter("ticket", ticketId)
        .setParameter("now", Instant.now())
        .executeUpdate();
  }

  /** The mention's progress, if any stage has recorded it. */
  @Transactional
  public Optional<MentionStatusView> find(String mentionId) {
    return Optional.ofNullable(em.find(MentionProgress.class, mentionId))
        .map(p -> new MentionStatusView(p.mentionId, p.stage, p.ticketId));
  }
}

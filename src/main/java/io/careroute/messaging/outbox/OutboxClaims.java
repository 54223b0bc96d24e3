package io.careroute.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The relay's short transactions on the outbox: claim a batch, mark it published, or let go. */
@ApplicationScoped
public class OutboxClaims {

  static final int BATCH = 500;

  /**
   * Claims the oldest unpublished rows nobody holds, for {@code lease}, and commits: the row locks
   * last only as long as this transaction.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutboxEntry> claim(Duration lease) {
    Instant now = Instant.now();
    @SuppressWarnings("unchecked")
    List<OutboxEntry> rows =
        OutboxEntry.getEntityManager()
            .createNativeQuery(
                "select * from outbox where published_at is null"
                    + " and (claimed_until is null or claimed_until < :now)"
                    + " order by id limit "
                    + BATCH
                    + " for update skip locked",
                OutboxEntry.class)
            .setParameter("now", now)
            .getResultList();
    Instant until = now.plus(lease);
    rows.forEach(row -> row.claimedUntil = until);
    return rows;
  }

  /** Kafka acknowledged these rows. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void published(List<Long> ids) {
    OutboxEntry.update("publishedAt = ?1, claimedUntil = null where id in ?2", Instant.now(), ids);
  }

  /** These rows were not all acknowledged: any relay may take them again at once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(List<Long> ids) {
    OutboxEntry.update("claimedUntil = null where id in ?1 and publishedAt is null", ids);
  }
}

-- One outbox for everything careroute publishes to Kafka (the shape of Debezium's outbox): a row is
-- written in the transaction of the change it tells, and the relay claims it (claimed_until, a
-- lease), commits, sends it, and marks it published. Ticket events and replies both go through it.
create sequence outbox_id_seq increment by 50;

create table outbox (
    id              bigint       primary key,
    aggregate_type  varchar(32)  not null,
    aggregate_id    varchar(64)  not null,
    type            varchar(32)  not null,
    payload         text         not null,
    created_at      timestamptz  not null,
    claimed_until   timestamptz,
    published_at    timestamptz
);
create index outbox_unpublished on outbox (id) where published_at is null;

-- Event ids carry on after the old ticket_event ids, so no id is used twice.
select setval('outbox_id_seq', (select coalesce(max(id), 0) + 100 from ticket_event));

-- Nothing lost on upgrade: ticket events and replies the old relays had not published yet move
-- into the outbox in the typed form the topics now carry.
insert into outbox (id, aggregate_type, aggregate_id, type, payload, created_at)
select id, 'ticket', ticket_id, type,
       (jsonb_build_object(
           'type', type, 'eventId', id, 'ticketId', ticket_id, 'agentId', agent_id,
           'at', to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) || detail)::text,
       at
  from ticket_event
 where published_at is null;

insert into outbox (id, aggregate_type, aggregate_id, type, payload, created_at)
select nextval('outbox_id_seq'), 'reply', m.ticket_id, 'REPLY_REQUESTED',
       jsonb_build_object(
           'messageId', m.id, 'ticketId', m.ticket_id, 'platform', m.platform,
           'visibility', m.visibility, 'text', m.text,
           'inReplyToExternalId', m.in_reply_to_external_id, 'recipientId', t.customer_id,
           'requestedAt', to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text,
       m.created_at
  from ticket_message m join ticket t on t.id = m.ticket_id
 where m.delivery_status = 'PENDING' and m.dispatched_at is null;

drop table ticket_event;
drop index ticket_message_undispatched;
alter table ticket_message drop column dispatched_at;

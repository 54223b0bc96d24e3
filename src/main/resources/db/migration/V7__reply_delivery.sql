-- Replies on their way to the platforms: the message row is its own outbox (dispatched_at marks it
-- published to careroute.replies.outbound), and keeps how delivery went.
alter table ticket_message
    add column dispatched_at     timestamptz,
    add column delivered_at      timestamptz,
    add column delivery_attempts integer not null default 0,
    add column delivery_error    varchar(1000);

create index ticket_message_undispatched on ticket_message (arrival)
    where delivery_status = 'PENDING' and dispatched_at is null;

-- The first private reply moves a public conversation to a private channel: a step of its own.
alter table ticket add column moved_private_at timestamptz;

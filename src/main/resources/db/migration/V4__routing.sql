-- Routing: agents' load and presence, tickets' SLA clocks, priority reasons and links, every
-- routing decision with its candidates, and the ticket-event outbox.

alter table agent add column open_weight integer not null default 0 check (open_weight >= 0);
alter table agent add column presence_changed_at timestamptz not null default now();
alter table agent add column last_assigned_at timestamptz;

alter table ticket add column weight integer not null default 1;
alter table ticket add column priority_reasons jsonb not null default '[]';
alter table ticket add column linked_ticket_id varchar(36);
alter table ticket add column assigned_at timestamptz;
alter table ticket add column first_response_at timestamptz;
alter table ticket add column next_response_due_at timestamptz;
alter table ticket add column resolved_at timestamptz;

create index ticket_assignee on ticket (assignee_id, status);
-- The SLA watcher's scan: only tickets whose clocks still run.
create index ticket_sla_open on ticket (first_response_due_at)
    where not sla_breached and status in ('NEW', 'QUEUED', 'ASSIGNED');

create table routing_decision (
    id          bigint generated always as identity primary key,
    ticket_id   varchar(36) not null references ticket (id),
    at          timestamptz not null,
    outcome     varchar(24) not null,
    agent_id    varchar(64),
    priority    varchar(2)  not null,
    reasons     jsonb       not null,
    candidates  jsonb       not null
);
create index routing_decision_ticket on routing_decision (ticket_id, id);

-- Ticket events are written in the transaction that causes them and relayed to Kafka after it.
create table ticket_event (
    id            bigint generated always as identity primary key,
    ticket_id     varchar(36) not null,
    type          varchar(32) not null,
    agent_id      varchar(64),
    at            timestamptz not null,
    detail        jsonb       not null,
    published_at  timestamptz
);
create index ticket_event_unpublished on ticket_event (id) where published_at is null;

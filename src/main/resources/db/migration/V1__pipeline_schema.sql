-- Tickets, their messages, and each mention's progress through the pipeline.

create table ticket (
    id                      varchar(36)  primary key,
    platform                varchar(32)  not null,
    customer_id             varchar(128) not null,
    customer_handle         varchar(64)  not null,
    conversation_id         varchar(128),
    status                  varchar(24)  not null,
    priority                varchar(2)   not null,
    category                varchar(32)  not null,
    sentiment               varchar(8)   not null,
    language                varchar(16)  not null,
    confidence              double precision not null,
    spam                    boolean      not null,
    pii                     jsonb        not null default '[]',
    explanation             varchar(1024),
    assignee_id             varchar(64),
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    first_response_due_at   timestamptz,
    resolution_due_at       timestamptz,
    sla_breached            boolean      not null default false,
    message_count           integer      not null default 0,
    version                 bigint       not null default 0
);

create index ticket_customer_open on ticket (platform, customer_id, status);
create index ticket_conversation on ticket (platform, conversation_id);
create index ticket_queue on ticket (status, priority, first_response_due_at);

create table ticket_message (
    id                      varchar(36)  primary key,
    ticket_id               varchar(36)  not null references ticket (id),
    platform                varchar(32)  not null,
    external_id             varchar(128),
    mention_id              varchar(36),
    direction               varchar(8)   not null,
    author_id               varchar(128),
    author_handle           varchar(64),
    author_display_name     varchar(256),
    text                    text         not null,
    visibility              varchar(8)   not null,
    in_reply_to_external_id varchar(128),
    created_at              timestamptz  not null,
    delivery_status         varchar(8)
);

-- The processed-event key: one message per (platform, externalId), however often it is delivered.
create unique index ticket_message_external on ticket_message (platform, external_id);
create index ticket_message_ticket on ticket_message (ticket_id, created_at);

create table mention_progress (
    mention_id              varchar(36)  primary key,
    stage                   varchar(16)  not null,
    ticket_id               varchar(36),
    updated_at              timestamptz  not null
);

create table agent (
    id                      varchar(64)  primary key,
    handle                  varchar(64)  not null unique,
    display_name            varchar(256) not null,
    skills                  varchar(32)[] not null default '{}',
    languages               varchar(16)[] not null default '{}',
    capacity                integer      not null check (capacity between 1 and 50),
    signature               varchar(16),
    presence                varchar(8)   not null default 'OFFLINE',
    created_at              timestamptz  not null default now()
);

-- Who did what to which ticket, append-only; and agents' category corrections, kept for retraining.
create table audit_entry (
    id          bigint generated always as identity primary key,
    ticket_id   varchar(36) not null,
    actor_id    varchar(64) not null,
    action      varchar(32) not null,
    at          timestamptz not null,
    before      jsonb,
    after       jsonb
);
create index audit_entry_ticket on audit_entry (ticket_id, id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are never changed or removed';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create table classification_correction (
    id          bigint generated always as identity primary key,
    ticket_id   varchar(36) not null references ticket (id),
    text        text        not null,
    predicted   varchar(32) not null,
    corrected   varchar(32) not null,
    agent_id    varchar(64) not null,
    model_version varchar(128),
    at          timestamptz not null
);
create index classification_correction_at on classification_correction (at);

-- The summary's windows: tickets created, and tickets resolved, within [from, to).
create index ticket_created on ticket (created_at);
create index ticket_resolved on ticket (resolved_at) where resolved_at is not null;

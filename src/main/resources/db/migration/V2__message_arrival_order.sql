-- Messages with the same timestamp keep the order in which careroute recorded them.
alter table ticket_message add column arrival bigint generated always as identity;
drop index ticket_message_ticket;
create index ticket_message_ticket on ticket_message (ticket_id, created_at, arrival);

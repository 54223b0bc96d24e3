-- The ticket list's order (priority, first-response deadline with none last, id), for keyset pages.
create index ticket_listing
    on ticket (priority, coalesce(first_response_due_at, timestamptz '9999-12-31 00:00:00+00'), id);
create index ticket_listing_assignee on ticket (assignee_id, priority, first_response_due_at);

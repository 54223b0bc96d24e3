-- Queue serving by match: "the best queued ticket this agent may take" is, for each (skill,
-- language, priority) the agent covers, the first entry of this index, in serving order.
create index ticket_queue_match
    on ticket (category, language, priority, first_response_due_at, created_at, id)
    where status = 'QUEUED';

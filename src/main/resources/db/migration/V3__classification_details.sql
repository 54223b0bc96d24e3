-- What the trained classifier adds to a ticket: a sentiment score, urgency signals, the model.
alter table ticket add column sentiment_score double precision not null default 0;
alter table ticket add column urgency_signals jsonb not null default '[]';
alter table ticket add column model_version varchar(128);

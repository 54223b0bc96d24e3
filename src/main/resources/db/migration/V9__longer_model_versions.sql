-- A classification's model version names both models (category+sentiment) with their settings,
-- which now include the sentence encoder: 128 characters cut the sentiment model's name off.
alter table ticket alter column model_version type varchar(512);
alter table classification_correction alter column model_version type varchar(512);

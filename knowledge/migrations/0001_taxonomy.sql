-- The assessment taxonomy and the two libraries an assessor picks from.
-- Translated labels are jsonb maps of language code to text, e.g. {"en": "...", "fr": "..."}.

CREATE TABLE category (
  id          text PRIMARY KEY,
  position    integer NOT NULL,
  label       jsonb NOT NULL CHECK (label ? 'en')
);

CREATE TABLE indicator (
  id          text PRIMARY KEY,
  category_id text NOT NULL REFERENCES category (id),
  position    integer NOT NULL,
  label       jsonb NOT NULL CHECK (label ? 'en')
);
CREATE INDEX indicator_category_idx ON indicator (category_id);

CREATE TABLE driving_statement (
  id           text PRIMARY KEY,
  indicator_id text NOT NULL REFERENCES indicator (id),
  text         jsonb NOT NULL CHECK (text ? 'en')
);
CREATE INDEX driving_statement_indicator_idx ON driving_statement (indicator_id);

-- Eligibility: min_age/max_age in years; immigration_statuses null means open to every status.
CREATE TABLE action (
  id                   text PRIMARY KEY,
  indicator_id         text NOT NULL REFERENCES indicator (id),
  text                 jsonb NOT NULL CHECK (text ? 'en'),
  min_age              integer,
  max_age              integer,
  immigration_statuses text[],
  CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);
CREATE INDEX action_indicator_idx ON action (indicator_id);

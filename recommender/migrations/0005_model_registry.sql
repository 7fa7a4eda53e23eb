-- Trained recommender models. Exactly one version is active at a time; the others stay for
-- comparison and rollback. The artifact is the model's own binary serialization.
CREATE TABLE model_version (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  model_name    text NOT NULL,
  params        jsonb NOT NULL DEFAULT '{}',
  metrics       jsonb NOT NULL DEFAULT '{}',
  artifact      bytea NOT NULL,
  embedder_id   text,
  -- The plan history it learned from, and how many decisions on suggestions it folded in.
  data_from     date,
  data_to       date,
  train_plans   integer NOT NULL DEFAULT 0,
  decisions     integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now(),
  created_by    text,
  active        boolean NOT NULL DEFAULT false,
  activated_at  timestamptz,
  notes         text
);
CREATE UNIQUE INDEX model_version_one_active ON model_version ((true)) WHERE active;

-- Every suggestion shown to an assessor, with the model version and rank it was shown at,
-- and the assessor's decision on it. Statements are a library id or the free text typed.
CREATE TABLE suggestion (
  id                 uuid PRIMARY KEY,
  request_id         uuid NOT NULL,
  agency_id          text NOT NULL REFERENCES agency (id),
  plan_id            text REFERENCES plan (id) ON DELETE CASCADE,
  statement_position integer,
  statement_id       text REFERENCES driving_statement (id),
  statement_text     text,
  action_id          text NOT NULL REFERENCES action (id),
  model_version_id   bigint REFERENCES model_version (id),
  rank               integer NOT NULL CHECK (rank >= 1),
  score              real NOT NULL,
  reasons            jsonb NOT NULL DEFAULT '[]',
  shown_to           text NOT NULL,
  shown_at           timestamptz NOT NULL DEFAULT now(),
  decision           text CHECK (decision IN ('accepted', 'rejected')),
  decision_reason    text CHECK (decision_reason IN ('not_relevant', 'not_eligible', 'already_done', 'client_declined', 'duplicate', 'other')),
  decision_note      text,
  decided_by         text,
  decided_at         timestamptz,
  CHECK (statement_id IS NOT NULL OR statement_text IS NOT NULL),
  CHECK ((decision IS NULL) = (decided_at IS NULL))
);
CREATE INDEX suggestion_plan_idx ON suggestion (plan_id, statement_position) WHERE plan_id IS NOT NULL;
CREATE INDEX suggestion_decided_idx ON suggestion (decided_at) WHERE decision IS NOT NULL;

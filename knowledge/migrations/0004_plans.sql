-- Sites (the cities an agency serves) and the agencies whose staff build plans.
CREATE TABLE site (
  id       text PRIMARY KEY,
  name     text NOT NULL,
  province text NOT NULL DEFAULT 'ON',
  latitude double precision,
  longitude double precision
);

CREATE TABLE agency (
  id      text PRIMARY KEY,
  name    text NOT NULL,
  site_id text REFERENCES site (id)
);

-- A newcomer, known here only by a pseudonymous id. Names and contact details never enter this table.
CREATE TABLE client (
  id                 text PRIMARY KEY,
  agency_id          text NOT NULL REFERENCES agency (id),
  site_id            text NOT NULL REFERENCES site (id),
  age_band           text NOT NULL CHECK (age_band IN ('15-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+')),
  immigration_status text NOT NULL,
  languages          text[] NOT NULL DEFAULT '{}',
  household_size     integer NOT NULL CHECK (household_size BETWEEN 1 AND 20),
  children           integer NOT NULL DEFAULT 0 CHECK (children >= 0),
  arrival_date       date,
  consent            jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX client_agency_idx ON client (agency_id);

CREATE TABLE plan (
  id          text PRIMARY KEY,
  client_id   text NOT NULL REFERENCES client (id),
  agency_id   text NOT NULL REFERENCES agency (id),
  assessor_id text NOT NULL,
  created_on  date NOT NULL,
  status      text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'closed')),
  source      text NOT NULL DEFAULT 'import'
);
CREATE INDEX plan_created_idx ON plan (created_on);
CREATE INDEX plan_client_idx ON plan (client_id);

-- A driving statement in a plan: from the library, or free text the assessor wrote.
CREATE TABLE plan_statement (
  plan_id      text NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  position     integer NOT NULL,
  statement_id text REFERENCES driving_statement (id),
  free_text    text,
  PRIMARY KEY (plan_id, position),
  CHECK (statement_id IS NOT NULL OR free_text IS NOT NULL)
);
CREATE INDEX plan_statement_statement_idx ON plan_statement (statement_id);

-- A settlement action attached to a statement, optionally with a referral to a directory service.
CREATE TABLE plan_action (
  plan_id             text NOT NULL,
  statement_position  integer NOT NULL,
  action_id           text NOT NULL REFERENCES action (id),
  referral_service_id text REFERENCES service (id),
  status              text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  added_by            text NOT NULL DEFAULT 'assessor' CHECK (added_by IN ('assessor', 'suggestion')),
  PRIMARY KEY (plan_id, statement_position, action_id),
  FOREIGN KEY (plan_id, statement_position) REFERENCES plan_statement (plan_id, position) ON DELETE CASCADE
);
CREATE INDEX plan_action_action_idx ON plan_action (action_id);

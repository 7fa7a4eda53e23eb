-- Staff accounts, scoped to one organization (agency), and their sessions. Only hashes are stored.
CREATE TABLE staff_user (
  id            text PRIMARY KEY,
  email         text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('assessor', 'advisor', 'admin', 'researcher')),
  agency_id     text NOT NULL REFERENCES agency (id),
  password_hash text NOT NULL,
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_session (
  token_hash text PRIMARY KEY,
  staff_id   text NOT NULL REFERENCES staff_user (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX staff_session_staff_idx ON staff_session (staff_id);

-- Who read or changed what: actor, action, target; never message text or names.
CREATE TABLE audit_log (
  id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  actor     text NOT NULL,
  action    text NOT NULL,
  target    text,
  detail    jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_at_idx ON audit_log (at);

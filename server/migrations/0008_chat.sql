-- Realtime chat and human handoff. Conversations are anonymous: a newcomer holds a random token
-- (only its hash is stored); a settlement worker's invitation may link it to a pseudonymous client.

-- One-time codes a settlement worker gives a client so their chat can be linked to their profile.
CREATE TABLE chat_invitation (
  code_hash  text PRIMARY KEY,
  client_id  text NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  agency_id  text NOT NULL REFERENCES agency (id),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at    timestamptz
);

CREATE TABLE conversation (
  id             text PRIMARY KEY,
  token_hash     text UNIQUE,
  agency_id      text NOT NULL REFERENCES agency (id),
  site_id        text REFERENCES site (id),
  language       text NOT NULL DEFAULT 'en',
  status         text NOT NULL DEFAULT 'bot' CHECK (status IN ('bot', 'waiting', 'advisor', 'closed')),
  advisor_id     text REFERENCES staff_user (id) ON DELETE SET NULL,
  client_id      text REFERENCES client (id) ON DELETE SET NULL,
  -- What the newcomer agreed an advisor may see of their profile: {"basics":bool,"immigration":bool,"household":bool}.
  consent        jsonb NOT NULL DEFAULT '{}',
  -- The last sequence number handed out; each event takes the next one under this row's lock.
  last_seq       integer NOT NULL DEFAULT 0,
  outcome        text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_active_at timestamptz NOT NULL DEFAULT now(),
  closed_at      timestamptz,
  anonymized_at  timestamptz
);
CREATE INDEX conversation_status_idx ON conversation (status, agency_id);
CREATE INDEX conversation_active_idx ON conversation (last_active_at);

-- Everything that happens in a conversation, in order. `audience` 'staff' (internal notes) is never sent
-- to the newcomer, so the newcomer sees gaps in seq; clients only rely on seq increasing.
CREATE TABLE chat_event (
  conversation_id text NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
  seq             integer NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('message', 'status', 'note')),
  audience        text NOT NULL DEFAULT 'all' CHECK (audience IN ('all', 'staff')),
  author          text NOT NULL CHECK (author IN ('newcomer', 'bot', 'advisor', 'system')),
  author_id       text,
  -- The sender's own id for the frame, so a retried frame is stored once.
  client_msg_id   text,
  body            text NOT NULL DEFAULT '',
  data            jsonb NOT NULL DEFAULT '{}',
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX chat_event_client_msg_idx ON chat_event (conversation_id, author, coalesce(author_id, ''), client_msg_id)
  WHERE client_msg_id IS NOT NULL;

-- A request for a person: live (office hours), or a message / callback left for later.
CREATE TABLE handoff (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
  reason          text NOT NULL CHECK (reason IN ('asked', 'low_confidence', 'crisis', 'referral_request')),
  mode            text NOT NULL DEFAULT 'live' CHECK (mode IN ('live', 'message', 'callback')),
  -- 0 is crisis and goes first; 1 everything else.
  priority        integer NOT NULL DEFAULT 1,
  requested_at    timestamptz NOT NULL DEFAULT now(),
  taken_at        timestamptz,
  taken_by        text REFERENCES staff_user (id) ON DELETE SET NULL,
  resolved_at     timestamptz
);
CREATE INDEX handoff_open_idx ON handoff (conversation_id) WHERE resolved_at IS NULL;
CREATE INDEX handoff_taken_idx ON handoff (taken_at);

-- Referral requests from the chat, as tasks for the agency's staff.
CREATE TABLE referral_request (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id text REFERENCES conversation (id) ON DELETE SET NULL,
  agency_id       text NOT NULL REFERENCES agency (id),
  service_id      text REFERENCES service (id) ON DELETE SET NULL,
  request         text NOT NULL DEFAULT '',
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_request_agency_idx ON referral_request (agency_id, status);

-- Office hours per site (local time in time_zone); a site without rows uses the configured default.
CREATE TABLE chat_office_hours (
  site_id   text NOT NULL REFERENCES site (id) ON DELETE CASCADE,
  byday     text NOT NULL CHECK (byday IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
  opens_at  time NOT NULL,
  closes_at time NOT NULL CHECK (closes_at > opens_at),
  time_zone text NOT NULL DEFAULT 'America/Toronto',
  PRIMARY KEY (site_id, byday, opens_at)
);

-- Closed days; site_id NULL means every site.
CREATE TABLE chat_holiday (
  day     date NOT NULL,
  site_id text REFERENCES site (id) ON DELETE CASCADE,
  label   text NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX chat_holiday_idx ON chat_holiday (day, coalesce(site_id, ''));

CREATE TABLE canned_response (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id  text NOT NULL REFERENCES agency (id),
  title      text NOT NULL,
  body       text NOT NULL,
  language   text NOT NULL DEFAULT 'en',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX canned_response_agency_idx ON canned_response (agency_id);

-- Advisors' presence, shared by every instance; last_seen lets a crashed instance's advisors age out.
CREATE TABLE advisor_presence (
  staff_id  text PRIMARY KEY REFERENCES staff_user (id) ON DELETE CASCADE,
  status    text NOT NULL CHECK (status IN ('online', 'away', 'offline')),
  sites     text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  last_seen timestamptz NOT NULL DEFAULT now()
);

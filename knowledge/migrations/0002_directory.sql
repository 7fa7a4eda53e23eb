-- The regional service directory in the Open Referral HSDS shape (3.0 field names).
-- `source` says where a row came from ('demo' for the fictional demo directory, or an import name).

CREATE TABLE organization (
  id            text PRIMARY KEY,
  name          text NOT NULL,
  alternate_name text,
  description   text NOT NULL DEFAULT '',
  email         text,
  website       text,
  source        text NOT NULL DEFAULT 'import',
  updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE program (
  id              text PRIMARY KEY,
  organization_id text NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  name            text NOT NULL,
  description     text NOT NULL DEFAULT ''
);

CREATE TABLE service (
  id                     text PRIMARY KEY,
  organization_id        text NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  program_id             text REFERENCES program (id) ON DELETE SET NULL,
  name                   text NOT NULL,
  alternate_name         text,
  description            text NOT NULL DEFAULT '',
  url                    text,
  email                  text,
  status                 text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
  fees_description       text,
  application_process    text,
  eligibility_description text,
  minimum_age            integer,
  maximum_age            integer,
  category_id            text REFERENCES category (id),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX service_organization_idx ON service (organization_id);

-- Structured eligibility beyond age. kind 'immigration_status' rows restrict a service to the listed statuses.
CREATE TABLE eligibility (
  id          text PRIMARY KEY,
  service_id  text NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('immigration_status', 'residency', 'other')),
  value       text NOT NULL,
  description text
);
CREATE INDEX eligibility_service_idx ON eligibility (service_id);

CREATE TABLE location (
  id              text PRIMARY KEY,
  organization_id text REFERENCES organization (id) ON DELETE CASCADE,
  name            text NOT NULL,
  description     text,
  latitude        double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude       double precision CHECK (longitude BETWEEN -180 AND 180),
  address_1       text,
  city            text,
  state_province  text,
  postal_code     text,
  country         text NOT NULL DEFAULT 'CA',
  -- the demo site (city) this location belongs to, when known
  site_id         text
);

CREATE TABLE service_at_location (
  id          text PRIMARY KEY,
  service_id  text NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  location_id text NOT NULL REFERENCES location (id) ON DELETE CASCADE,
  UNIQUE (service_id, location_id)
);

CREATE TABLE phone (
  id              text PRIMARY KEY,
  organization_id text REFERENCES organization (id) ON DELETE CASCADE,
  service_id      text REFERENCES service (id) ON DELETE CASCADE,
  location_id     text REFERENCES location (id) ON DELETE CASCADE,
  number          text NOT NULL,
  extension       text,
  type            text,
  description     text
);

-- Opening hours: one row per weekday and time range (HSDS byday + opens_at/closes_at).
CREATE TABLE schedule (
  id                     text PRIMARY KEY,
  service_id             text REFERENCES service (id) ON DELETE CASCADE,
  location_id            text REFERENCES location (id) ON DELETE CASCADE,
  byday                  text NOT NULL CHECK (byday IN ('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU')),
  opens_at               time NOT NULL,
  closes_at              time NOT NULL,
  description            text,
  CHECK (service_id IS NOT NULL OR location_id IS NOT NULL)
);
CREATE INDEX schedule_service_idx ON schedule (service_id);

-- Languages a service is offered in (ISO 639-1/3 codes).
CREATE TABLE service_language (
  service_id text NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  language   text NOT NULL,
  PRIMARY KEY (service_id, language)
);

CREATE TABLE service_area (
  id          text PRIMARY KEY,
  service_id  text NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  name        text NOT NULL,
  description text
);
CREATE INDEX service_area_service_idx ON service_area (service_id);

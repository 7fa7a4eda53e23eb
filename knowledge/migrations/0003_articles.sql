-- Knowledge articles: one row per language version; translations share a translation_group.
CREATE TABLE article (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug              text NOT NULL,
  language          text NOT NULL,
  translation_group text NOT NULL,
  title             text NOT NULL,
  summary           text,
  category_id       text REFERENCES category (id),
  body              text NOT NULL,
  sources           jsonb NOT NULL DEFAULT '[]',
  last_reviewed     date NOT NULL,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (slug, language),
  UNIQUE (translation_group, language)
);

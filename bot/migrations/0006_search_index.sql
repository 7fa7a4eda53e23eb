-- The chatbot's search index: every article chunk and service document with its embedding.
-- PostgreSQL keeps the vectors (so a restart or a new instance never re-embeds unchanged text);
-- each instance serves them from its own HNSW file, a cache that can always be rebuilt from here.
CREATE SEQUENCE search_chunk_label_seq AS integer;

CREATE TABLE search_chunk (
  id            text PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('article', 'service')),
  -- article: "<language>/<slug>"; service: the service id
  source_id     text NOT NULL,
  language      text NOT NULL,
  title         text NOT NULL,
  heading       text NOT NULL DEFAULT '',
  text          text NOT NULL,
  -- citations and the structured fields filters use (see bot/index/types.ts SearchDoc)
  metadata      jsonb NOT NULL DEFAULT '{}',
  -- sha256 of the embedded text: an unchanged hash means the stored embedding is still right
  content_hash  text NOT NULL,
  -- the vector's label in the HNSW index; a new one whenever the vector changes
  label         integer UNIQUE,
  model_id      text,
  -- float32 little-endian, unit length; NULL when indexed without an embedding model
  embedding     bytea,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((embedding IS NULL) = (model_id IS NULL)),
  CHECK (embedding IS NULL OR label IS NOT NULL)
);
CREATE INDEX search_chunk_source_idx ON search_chunk (kind, source_id);

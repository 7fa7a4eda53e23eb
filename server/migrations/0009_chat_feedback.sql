-- Newcomers' thumbs up / down on the bot's answers, to see which answers help. One vote per answer;
-- a changed mind replaces it. The vote goes with the answer: deleting the conversation deletes it.
CREATE TABLE chat_feedback (
  conversation_id text NOT NULL,
  seq             integer NOT NULL,
  helpful         boolean NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (conversation_id, seq),
  FOREIGN KEY (conversation_id, seq) REFERENCES chat_event (conversation_id, seq) ON DELETE CASCADE
);
CREATE INDEX chat_feedback_updated_idx ON chat_feedback (updated_at);

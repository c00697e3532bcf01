-- Staged blobs (IBlobStore.StageAsync): uploads not yet accepted into a bid box carry the instant they were staged;
-- accepting clears it, and the sweep deletes rows staged too long ago (their chunks cascade). Idempotent.
ALTER TABLE tenderhall_blobs ADD COLUMN IF NOT EXISTS staged_at timestamptz;
CREATE INDEX IF NOT EXISTS tenderhall_blobs_staged ON tenderhall_blobs (staged_at) WHERE staged_at IS NOT NULL;

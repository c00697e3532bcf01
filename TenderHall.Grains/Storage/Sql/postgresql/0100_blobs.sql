-- Content-addressed blob store (PostgresBlobStore). Idempotent: safe to apply on every start.

-- One row per complete blob; a blob is visible only once this row and all its chunks committed together.
CREATE TABLE IF NOT EXISTS tenderhall_blobs (
    hash       text        PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
    size       bigint      NOT NULL CHECK (size >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Content in 1 MiB chunks. While an upload runs its chunks sit under a staging key (the hash is known only at
-- the end); the foreign key is checked at commit, after the rename to the hash, so no chunk can outlive its blob.
CREATE TABLE IF NOT EXISTS tenderhall_blob_chunks (
    hash text    NOT NULL REFERENCES tenderhall_blobs (hash) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    seq  integer NOT NULL CHECK (seq >= 0),
    data bytea   NOT NULL,
    PRIMARY KEY (hash, seq)
);

-- Sealed bids are ciphertext and documents mostly compressed already: skip the futile compression attempt.
ALTER TABLE tenderhall_blob_chunks ALTER COLUMN data SET STORAGE EXTERNAL;

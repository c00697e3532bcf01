-- Transparency log (PostgresLogStore). Idempotent: safe to apply on every start.

-- One row per leaf: the canonical event bytes and their RFC 6962 leaf hash. Written only by the log sequencer, in
-- batches of consecutive indexes, one transaction per batch; never updated or deleted (verify-log detects it if so).
CREATE TABLE IF NOT EXISTS tenderhall_log_entries (
    idx       bigint PRIMARY KEY CHECK (idx >= 0),
    leaf_data bytea  NOT NULL,
    leaf_hash bytea  NOT NULL CHECK (octet_length(leaf_hash) = 32)
);

-- Every signed checkpoint published, so the endpoint serves the latest without the sequencer and verify-log can
-- check each against the leaves.
CREATE TABLE IF NOT EXISTS tenderhall_log_checkpoints (
    tree_size  bigint      PRIMARY KEY CHECK (tree_size >= 0),
    note       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

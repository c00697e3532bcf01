-- Named queries the Orleans ADO.NET providers load when they start (QueryKey -> QueryText).
-- Later scripts upsert their rows, so re-running a changed script replaces the query text.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

-- decision_chain: each decision carries the hash of the one before it and its own (DecisionChain), and audit_head
-- keeps the newest id and hash, so `coach audit verify` finds an edited, deleted or inserted record, and an id is
-- never given twice (the next id follows the head, not the table's largest). Records from before this migration have
-- no hashes: they are reported as before the chain.
ALTER TABLE decisions ADD COLUMN prev_hash TEXT;
ALTER TABLE decisions ADD COLUMN record_hash TEXT;

CREATE TABLE audit_head (
    chain      TEXT    PRIMARY KEY,
    last_id    INTEGER NOT NULL,
    last_hash  TEXT    NOT NULL
);

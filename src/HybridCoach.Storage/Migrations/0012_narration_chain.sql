-- narration_chain: each narration carries the hash of the one before it and its own (NarrationChain), with its head in
-- audit_head (chain 'narrations'), so `coach audit verify` finds an edited, deleted or inserted narration as it does a
-- decision, and an id is never given twice. Narrations from before this migration have no hashes: before the chain.
ALTER TABLE narrations ADD COLUMN prev_hash TEXT;
ALTER TABLE narrations ADD COLUMN record_hash TEXT;

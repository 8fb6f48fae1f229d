-- Issue #22, point 6: a capture the other side disputes ("the rebels claimed they took the town; the army said it
-- repelled the attack") is kept as a claim: the change carries status 'contested', and the place's period made from it
-- is contested (claimed_status) rather than a change of hands. Every earlier change was a plain capture.
ALTER TABLE control_changes ADD COLUMN status TEXT NOT NULL DEFAULT 'held';

-- Issue #18: each article's word shingles (TextFingerprint.ShinglesBlob: sorted 64-bit hashes), so the near-duplicate
-- check reads a candidate's shingles instead of its text and shingling it again (which, once the store outgrew the
-- process's cache of recent articles, was most of the writer's time per article). NULL for articles stored before: their
-- text is shingled when they are compared, as before.
ALTER TABLE articles ADD COLUMN shingles BLOB;

-- The tally's owner, personal data (crypto-shredding tests): scrubbed by TallyOwners on erasure.
ALTER TABLE tally_totals ADD COLUMN owner TEXT;

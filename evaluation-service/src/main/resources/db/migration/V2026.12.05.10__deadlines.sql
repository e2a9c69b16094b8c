-- Issue 17, durable deadlines: a challenge list may close for takers at a date (evaluation.ChallengeListCloses).
ALTER TABLE challenge_list_listings ADD COLUMN closes_on DATE;
ALTER TABLE challenge_list_listings ADD COLUMN status TEXT NOT NULL DEFAULT 'open';

-- A centre's partners by kind: the distinct partners that signed an agreement with the centre
-- (report: 31 universities, about 40 venture-capital and corporate partners, 50+ leading and unicorn enterprises).
-- Set the centre first: SET VARIABLE centre = 'future-innovation-centre';
SELECT p.kind, count(DISTINCT a.partnerId) AS partners
FROM read_parquet('incubation.AgreementSigned.v1/*.parquet', union_by_name = true) a
JOIN read_parquet('incubation.PartnerRegistered.v1/*.parquet', union_by_name = true) p USING (partnerId)
WHERE a.centre = getvariable('centre')
GROUP BY p.kind
ORDER BY p.kind;

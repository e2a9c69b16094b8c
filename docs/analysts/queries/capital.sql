-- Capital raised by a centre's ventures, per currency: closed funding rounds and their exact sum (report: about 500 million CNY).
SELECT r.amount.currency AS currency, count(*) AS rounds, sum(r.amount.amount) AS total
FROM read_parquet('incubation.FundingRoundClosed.v1/*.parquet', union_by_name = true) r
JOIN read_parquet('incubation.VentureApplied.v1/*.parquet', union_by_name = true) v USING (ventureId)
WHERE v.centre = getvariable('centre')
GROUP BY r.amount.currency
ORDER BY currency;

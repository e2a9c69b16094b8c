-- Donations and sponsorship received by a centre, per currency, summed exactly (DECIMAL; report: about 500 million CNY).
SELECT amount.currency AS currency, count(*) AS donations, sum(amount.amount) AS total
FROM read_parquet('incubation.DonationReceived.v1/*.parquet', union_by_name = true)
WHERE centre = getvariable('centre')
GROUP BY amount.currency
ORDER BY currency;

-- A bar chart of mentors by kind as a Vega-Lite specification (one JSON value): paste it into any
-- Vega-Lite viewer, or render it with `npx -p vega-lite -p vega-cli vl2svg chart.vl.json chart.svg`.
WITH by_kind AS (
    SELECT kind, count(*) AS mentors
    FROM read_parquet('admissions.MentorRegistered.v1/*.parquet', union_by_name = true)
    WHERE affiliation = getvariable('affiliation')
    GROUP BY kind
)
SELECT json_object(
    '$schema', 'https://vega.github.io/schema/vega-lite/v5.json',
    'title', 'Mentors by kind, ' || getvariable('affiliation'),
    'data', json_object('values', to_json(list({'kind': kind, 'mentors': mentors} ORDER BY kind))),
    'mark', 'bar',
    'encoding', json_object(
        'x', json_object('field', 'kind', 'type', 'nominal', 'title', 'kind'),
        'y', json_object('field', 'mentors', 'type', 'quantitative', 'title', 'mentors'))
) AS vega_lite
FROM by_kind;

-- The recognition list in force today and how many entries each sub-list has (report: 139 / 24 / 41 / 12).
-- A version starts as a copy of the version it is based on; its own ListEntryAdded / ListEntryChanged /
-- ListEntryWithdrawn events then change that copy. An entry's state in a version is the newest event
-- for it in the nearest version of the chain (the version itself, then its base, then the base's base).
WITH RECURSIVE
published AS (
    SELECT listId, version, basedOn, effectiveOn
    FROM read_parquet('qualification.ListVersionPublished.v1/*.parquet', union_by_name = true)
),
in_force AS (
    SELECT listId, version FROM published
    WHERE effectiveOn <= current_date
    ORDER BY effectiveOn DESC
    LIMIT 1
),
drafted AS (
    SELECT listId, version, basedOn
    FROM read_parquet('qualification.ListVersionDrafted.v1/*.parquet', union_by_name = true)
),
chain(listId, version, ancestor, depth) AS (
    SELECT listId, version, version, 0 FROM in_force
    UNION ALL
    SELECT c.listId, c.version, d.basedOn, c.depth + 1
    FROM chain c JOIN drafted d ON d.listId = c.listId AND d.version = c.ancestor
    WHERE d.basedOn IS NOT NULL
),
entry_events AS (
    SELECT listId, version, entry.qualificationId AS qualificationId, entry.subLists AS subLists, false AS withdrawn, ce_streamversion
    FROM read_parquet('qualification.ListEntryAdded.v1/*.parquet', union_by_name = true)
    UNION ALL
    SELECT listId, version, entry.qualificationId, entry.subLists, false, ce_streamversion
    FROM read_parquet('qualification.ListEntryChanged.v1/*.parquet', union_by_name = true)
    UNION ALL
    SELECT listId, version, qualificationId, NULL, true, ce_streamversion
    FROM read_parquet('qualification.ListEntryWithdrawn.v1/*.parquet', union_by_name = true)
),
entries AS (
    SELECT e.qualificationId, e.subLists, e.withdrawn
    FROM entry_events e JOIN chain c ON c.listId = e.listId AND c.ancestor = e.version
    QUALIFY row_number() OVER (PARTITION BY e.qualificationId ORDER BY c.depth, e.ce_streamversion DESC) = 1
)
SELECT (SELECT version FROM in_force) AS version,
       count(*) FILTER (WHERE list_contains(subLists, 'RECOGNISED')) AS recognised,
       count(*) FILTER (WHERE list_contains(subLists, 'URGENTLY_NEEDED')) AS urgently_needed,
       count(*) FILTER (WHERE list_contains(subLists, 'TITLE_EQUIVALENCE')) AS title_equivalence,
       count(*) FILTER (WHERE list_contains(subLists, 'MUTUAL_RECOGNITION')) AS mutual_recognition
FROM entries
WHERE NOT withdrawn;

-- The seed document's timeline ("Timeline", from July 2021), as it dates each step: months, a span of months, and
-- years ("throughout 2023"). The document names no decision-maker for the first decision, so none is recorded.
INSERT INTO timeline_entry (kind, starts_on, ends_on, date_precision, title, detail, created_at, created_by) VALUES
    ('DECISION', '2021-07-01', NULL, 'MONTH', 'Decision to explore IHE engagement', NULL, now(), 'system'),
    ('MILESTONE', '2021-10-01', NULL, 'MONTH', 'Kick off', NULL, now(), 'system'),
    ('MILESTONE', '2021-11-01', '2022-06-01', 'MONTH',
     'Stakeholder engagement, steering group and workstream meetings', 'Report development', now(), 'system'),
    ('MILESTONE', '2022-09-01', NULL, 'MONTH', 'Report published', NULL, now(), 'system'),
    ('MILESTONE', '2023-01-01', NULL, 'YEAR', 'Marmot Oversight group',
     'Working groups for key theme areas; mapping recommendations against workstreams; develop evaluation; '
         || 'Health equity town prize launch; one year on celebration event', now(), 'system'),
    ('MILESTONE', '2024-01-01', NULL, 'YEAR', 'APHR focus', NULL, now(), 'system');

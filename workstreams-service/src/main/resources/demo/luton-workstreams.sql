-- Luton's four priority workstreams as the seed document describes them: chairs, the principles they serve, the
-- 2024/25 workplans with the actions and next steps reported, and the Business, Skills and Employment logic model with
-- its output measures as KPIs. Where the seed names no organisation, the council (which leads implementation) owns.

INSERT INTO workstream (slug, name, chair_role, description) VALUES
    ('housing', 'Housing', 'Housing SMT',
     'Healthy housing and warm spaces: housing conditions in the private rented sector, housing security and support, '
     || 'and the refresh of the Local Plan.'),
    ('net-zero', 'Net Zero', 'Climate change professional from the wider community',
     'Tackling the climate emergency and becoming a net zero town with sustainable growth and a healthier environment.'),
    ('children-young-people', 'Children and Young People', 'Public Health Consultant',
     'Raising aspirations: becoming a child friendly town, where our children grow up happy, healthy and secure, with a '
     || 'voice that matters and the opportunities they need to thrive.'),
    ('business-skills-employment', 'Business, Skills and Employment', 'Public Health Manager',
     'Increasing the availability of good quality work and the employability of the local population to take on these '
     || 'jobs.');

INSERT INTO workstream_principle (workstream_id, principle)
SELECT w.id, p.principle
FROM workstream w
JOIN (VALUES ('housing', 4), ('housing', 5), ('net-zero', 5), ('net-zero', 8),
             ('children-young-people', 1), ('children-young-people', 2),
             ('business-skills-employment', 2), ('business-skills-employment', 3)) AS p (slug, principle)
  ON p.slug = w.slug;

-- The output measures of the Business, Skills and Employment logic model, reported yearly.
INSERT INTO kpi (workstream_id, name, unit, direction, cumulative, frequency, owner_organisation_id)
SELECT (SELECT id FROM workstream WHERE slug = 'business-skills-employment'), k.name, k.unit, 'INCREASE_IS_GOOD', false,
       'FINANCIAL_YEAR', (SELECT id FROM organisation WHERE slug = k.owner)
FROM (VALUES
    (1, 'Number of organisations that take up MHFA/total wellbeing training', 'organisations', 'elft'),
    (2, 'Number of people accessing employment skills training', 'people', 'semlep'),
    (3, 'Number of people registering with/seeking employment via Connect 2 Luton', 'people', 'lbc'),
    (4, 'Number of people enrolling on Passport to Entrepreneurship programme', 'people', 'uob'),
    (5, 'Number of apprenticeships arranged via brokerage scheme', 'apprenticeships', 'lbc'),
    (6, 'Number of businesses accessing SEMLEP business support', 'businesses', 'semlep')) AS k (position, name, unit, owner)
ORDER BY k.position;

INSERT INTO logic_model (workstream_id, version_number, status, content, approved_by, approved_at)
SELECT w.id, 1, 'APPROVED', jsonb_build_object(
    'hypothesis', 'Increasing the availability of good quality work and the employability of the local population to '
        || 'take on these jobs will improve health outcomes.',
    'assumptions', jsonb_build_array(
        'Target groups will take up employments skills training',
        'Work places will implement recommendations',
        'There will be economic growth and therefore more high quality jobs available to local people'),
    'context', 'The Marmot report for Luton was published in September 2022. Implementation of the report '
        || 'recommendations is being led by LBC but in close collaboration with system partners. There are 4 priority '
        || 'work streams for the first stage of implementation: business and employment skills; housing and warm '
        || 'spaces; children and young people, net zero. Implementation of the recommendations aligns with the 2040 '
        || 'vision and several strategies within',
    'inputs', jsonb_build_array('Marmot report recommendations', 'Staff Time', 'Funding',
        'Business and employment skills strategy'),
    'activities', (SELECT jsonb_agg(jsonb_build_object('title', a.title, 'leadOrganisation', a.lead) ORDER BY a.position)
        FROM (VALUES
            (1, 'ELFT/Total wellbeing Luton - workplace wellbeing offer', 'elft'),
            (2, 'Mental health First Aid training', 'lbc'),
            (3, 'Connect 2 Luton', 'lbc'),
            (4, 'Passport to employment', 'lbc'),
            (5, '''Destination digital''', 'lbc'),
            (6, 'Apprenticeship brokerage scheme', 'lbc'),
            (7, 'UoB''s ''Passport to Entrepreneurship'' programme under Pathways to Recovery', 'uob'),
            (8, 'Careers hub.', 'lbc'),
            (9, 'Schools'' careers and employment skills offer', 'lbc'),
            (10, 'SEMLEP employment skills', 'semlep'),
            (11, 'Luton Adult Learning family learning programmes', 'luton-adult-learning'),
            (12, 'ELFT inclusive recuitment QI project', 'elft'),
            (13, 'SEMLEP business support', 'semlep'),
            (14, 'Good business charter', 'lbc'),
            (15, 'Luton 2040 pledges for businesses', 'lbc')) AS a (position, title, lead)),
    'outputs', (SELECT jsonb_agg(jsonb_build_object('measure', k.name, 'kpiId', k.id) ORDER BY k.id)
        FROM kpi k WHERE k.workstream_id = w.id),
    'outcomes', jsonb_build_array(
        jsonb_build_object('statement', 'Luton employment rate', 'indicatorIds', jsonb_build_array(92313)),
        jsonb_build_object('statement', '% of Luton based jobs paying the Real Living Wage',
            'indicatorIds', jsonb_build_array(900109)),
        jsonb_build_object('statement', '% of residents in higher-level occupations (Level4, Level2 and No Formal '
            || 'Qualifications)', 'indicatorIds', jsonb_build_array(900108)),
        jsonb_build_object('statement', 'Proportion of highly skilled workforce (% with NVQ level 4,3,2,1 and no formal '
            || 'qualifications)', 'indicatorIds', jsonb_build_array(900116)),
        jsonb_build_object('statement', 'Minimum Income Standard (Luton adapted model)',
            'indicatorIds', jsonb_build_array(900106))),
    'barriers', jsonb_build_array(
        'No formal governance structure for implementation or evaluation.',
        'Maybe unclear how the Marmot report fits with the 2040 vision and other exisiting strategies may be seen as '
            || 'additional work in an already pressured system',
        'Will be challenging to determine what change is due to Marmot.',
        'Outcomes and impacts may not be seen for a long period of time and momentum to continue with')),
    'system', now()
FROM workstream w
WHERE w.slug = 'business-skills-employment';

INSERT INTO workplan (workstream_id, year_label, period_start, period_end, title)
SELECT id, '2024/25', DATE '2024-04-01', DATE '2025-03-31', name || ' workplan 2024/25'
FROM workstream;

INSERT INTO workplan_priority (workplan_id, position, text)
SELECT p.id, v.position, v.text
FROM workplan p
JOIN workstream w ON w.id = p.workstream_id AND w.slug = 'housing'
CROSS JOIN (VALUES (0, 'Delivering Healthy housing and Promotion'), (1, 'Housing Conditions (PRS)'),
                   (2, 'Housing Security and Support'), (3, 'Refresh of Local Plan')) AS v (position, text);

-- The actions each workstream reported ("actions include") and the next steps it set itself.
INSERT INTO workplan_action (workplan_id, title, owner_organisation_id, status)
SELECT p.id, a.title, (SELECT id FROM organisation WHERE slug = a.owner), a.status
FROM (VALUES
    (1, 'housing', 'Funding healthy housing project from core20plus5 fund looking at low energy ratings and compliance',
        'lbc', 'IN_PROGRESS'),
    (2, 'housing', 'Childhood asthma project linking to Luton Housing department to support families', 'lbc',
        'IN_PROGRESS'),
    (3, 'housing', 'Successfully secured funding to work with NEA to develop and build on PCN and fuel poverty project',
        'nea', 'IN_PROGRESS'),
    (4, 'housing', 'Undertaken concierge road shows in social housing and stop smoking advice', 'lbc', 'COMPLETED'),
    (5, 'housing', 'Sign-off workplan in October meeting', 'lbc', 'NOT_STARTED'),
    (6, 'housing', 'Develop KPI dashboard', 'lbc', 'NOT_STARTED'),
    (7, 'business-skills-employment', 'In partnership with ELFT to deliver into employment programmes for people with '
        || 'mental health conditions', 'elft', 'IN_PROGRESS'),
    (8, 'business-skills-employment', 'Partnership working with ELFT and Luton Adult Learning on passport to employment',
        'luton-adult-learning', 'IN_PROGRESS'),
    (9, 'business-skills-employment', 'Development of an Anchors Framework for Luton''s major employers – draft in '
        || 'consultation (19 organisations involved in its development)', 'lbc', 'IN_PROGRESS'),
    (10, 'business-skills-employment', 'Monitor Workplans and actionable items', 'lbc', 'NOT_STARTED'),
    (11, 'business-skills-employment', 'Scope and share interventions: Workplace Adjustment passports, Skills Wallets',
        'lbc', 'NOT_STARTED'),
    (12, 'children-young-people', 'Undertaken audit of Marmot report recommendations', 'lbc', 'COMPLETED'),
    (13, 'children-young-people', 'Undertook QI project linking to childhood vaccines', 'lbc', 'COMPLETED'),
    (14, 'children-young-people', 'Funded enterprise coordinator working with schools to build aspirations', 'lbc',
        'IN_PROGRESS'),
    (15, 'children-young-people', 'Sign off workplan', 'lbc', 'NOT_STARTED'),
    (16, 'children-young-people', 'Ensuring that hearing the voice of the child is included in actions', 'lbc',
        'NOT_STARTED'),
    (17, 'children-young-people', 'Developing and delivering on Healthy, Wealthy Families using a QI approach', 'lbc',
        'NOT_STARTED'),
    (18, 'net-zero', 'Education of front-line staff to become Air Quality Champions', 'lbc', 'IN_PROGRESS'),
    (19, 'net-zero', 'Luton wide communications campaign on climate change', 'lbc', 'IN_PROGRESS'),
    (20, 'net-zero', 'Working with ICS to deliver on the green plan', 'blmk-ics', 'IN_PROGRESS'),
    (21, 'net-zero', 'Monitor net-zero policies for health equity impacts', 'lbc', 'NOT_STARTED'),
    (22, 'net-zero', 'Align health and climate goals', 'lbc', 'NOT_STARTED'),
    (23, 'net-zero', 'To understand what health goals are missing from Net zero roadmap and what gaps exist.', 'lbc',
        'NOT_STARTED')) AS a (position, workstream, title, owner, status)
JOIN workstream w ON w.slug = a.workstream
JOIN workplan p ON p.workstream_id = w.id AND p.year_label = '2024/25'
ORDER BY a.position;

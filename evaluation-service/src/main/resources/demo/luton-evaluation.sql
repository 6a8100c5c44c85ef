-- The seed document's evaluation content: the findings (opportunities and challenges), the six recommendations, the
-- system impact so far, the achievements by programme and the next steps. The document reports on the 2023/24 year.

-- The seed document: "Over the last year, an evaluation of the health equity town work has been completed."
INSERT INTO evaluation (title, period, status, method, publication_url) VALUES
    ('Health Equity Town evaluation', '2023/24', 'COMPLETED',
     'Stakeholder engagement across the health equity system, and a set of early-impact and outcome measures '
         || 'structured around the eight Marmot principles',
     'https://www.local.gov.uk/case-studies/reducing-health-inequalities-luton-first-marmot-town');

INSERT INTO evaluation_aim (evaluation_id, position, aim)
SELECT e.id, a.position, a.aim
FROM evaluation e,
     (VALUES
        (1, 'To understand the impact of the Luton Marmot report on system-wide efforts to tackle health inequalities '
            || 'through the wider determinants of health.'),
        (2, 'To develop a set of measures to illustrate early impacts of the Luton Marmot report and set out an approach '
            || 'for future outcome measurement structured around the eight Marmot principles set out within the report.'),
        (3, 'To activate the health equity system through the process of evaluation, through stakeholder engagement and '
            || 're-enforcement of priorities and direction of travel')
     ) AS a (position, aim)
WHERE e.title = 'Health Equity Town evaluation';

INSERT INTO finding (evaluation_id, kind, statement)
SELECT e.id, f.kind, f.statement
FROM evaluation e
CROSS JOIN (VALUES
    (1, 'OPPORTUNITY', 'Improved evidence base and articulation of issues – have been used to influence proposals, '
        || 'develop work programmes (core20plus5)'),
    (2, 'OPPORTUNITY', 'Clear narrative to support priorities'),
    (3, 'OPPORTUNITY', 'Clear focused recommendations to work on'),
    (4, 'OPPORTUNITY', 'Increased collaboration and focus on wider determinants of health and inequalities - changing '
        || 'conversations'),
    (5, 'OPPORTUNITY', 'galvanising actions, influencing strategies underway'),
    (6, 'OPPORTUNITY', 'Influencing wider decision making to consider health inequalities'),
    (7, 'CHALLENGE', 'Long term-ism'),
    (8, 'CHALLENGE', 'View of leading versus influencing'),
    (9, 'CHALLENGE', 'Competing system priorities'),
    (10, 'CHALLENGE', 'Some areas have limited levers of influence'),
    (11, 'CHALLENGE', 'Getting the governance right – to be seen as part of system not another "project"'),
    (12, 'CHALLENGE', 'Capacity to deliver at desired pace')) AS f (position, kind, statement)
WHERE e.title = 'Health Equity Town evaluation'
ORDER BY f.position;

INSERT INTO recommendation (evaluation_id, text, principle)
SELECT e.id, r.text, r.principle
FROM evaluation e
CROSS JOIN (VALUES
    (1, 'Ensure system-wide clarity and strengthening of governance and accountability.', NULL),
    (2, 'Ensure all stakeholders understand the role they can and are playing in tackling health inequalities.', NULL),
    (3, 'Embed Marmot and health inequalities within workforce development across the system.', NULL),
    (4, 'Develop a coherent workplan around the seventh Marmot principle; tackling discrimination and structural '
        || 'racism and its outcomes.', 7),
    (5, 'Use of logic models may be a useful method to build on for future workstreams associated with Luton''s Marmot '
        || 'Town ambitions.', NULL),
    (6, 'Ensure that we learn from best practice amongst Luton partners and from national adninternational evidence '
        || 'base, whilst also sharing our own knowledge and learning.', NULL)) AS r (position, text, principle)
WHERE e.title = 'Health Equity Town evaluation'
ORDER BY r.position;

INSERT INTO recommendation_status_change (recommendation_id, from_status, to_status, reason, effective_date, changed_by)
SELECT id, NULL, 'PROPOSED', 'Recommended by the Health Equity Town evaluation', status_date, 'system'
FROM recommendation
ORDER BY id;

INSERT INTO impact (mode, description, year)
SELECT i.mode, i.description, '2023/24'
FROM (VALUES
    (1, 'LEADING', 'Workstreams delivery and projects'),
    (2, 'LEADING', 'Communications newsletter, website, conference'),
    (3, 'LEADING', 'Governance, Health Equity Town Board'),
    (4, 'LEADING', 'Annual progress report'),
    (5, 'LEADING', 'Oversight of measures'),
    (6, 'INFLUENCING', 'Local conversations around use of core20plus5 funding at place – use of data and '
        || 'recommendations, prioritisation approach'),
    (7, 'INFLUENCING', 'Influenced strategic direction of partners – Active Luton strategy, Flying Start EYS, alignment '
        || 'of providers'),
    (8, 'INFLUENCING', 'New health and built environment workstream'),
    (9, 'INFLUENCING', 'Child friendly Luton work programme'),
    (10, 'INFLUENCING', 'Family hubs locations'),
    (11, 'FACILITATING_ENABLING', 'Talk Listen Change inequalities research embedding approach, working with community'),
    (12, 'FACILITATING_ENABLING', 'Frameworks training delivered across system on communication of building blocks of '
        || 'health, champions'),
    (13, 'FACILITATING_ENABLING', 'Health equity town prize delivery'),
    (14, 'FACILITATING_ENABLING', 'Social movement on healthy weight')) AS i (position, mode, description)
ORDER BY i.position;

INSERT INTO impact_partner (impact_id, position, organisation)
SELECT id, 0, 'active-luton' FROM impact WHERE description LIKE 'Influenced strategic direction of partners%';

INSERT INTO achievement (programme, description, year, metric_value, metric_unit, metric_qualifier)
SELECT a.programme, a.description, '2023/24', a.metric_value, a.metric_unit, a.metric_qualifier
FROM (VALUES
    (1, 'Health Equity Town', 'Evaluation report', NULL::numeric, NULL, NULL),
    (2, 'Health Equity Town', 'Health & Built Environment workshop', NULL, NULL, NULL),
    (3, 'Health Equity Town', 'Collaborative Fund Evaluation', NULL, NULL, NULL),
    (4, 'Health Equity Town', 'Building blocks of Heath training and champions', NULL, NULL, NULL),
    (5, 'Health Equity Town', 'Development of microsite', NULL, NULL, NULL),
    (6, 'Talk Listen Change', 'Refreshed action plan', NULL, NULL, NULL),
    (7, 'Talk Listen Change', 'Formation of black and muslim health steering group', NULL, NULL, NULL),
    (8, 'Talk Listen Change', 'TLC Anchor Institutions Project', NULL, NULL, NULL),
    (9, 'Talk Listen Change', 'Health Fair for communities including GRT''s', NULL, NULL, NULL),
    (10, 'Talk Listen Change', 'Physical Activity for communities', NULL, NULL, NULL),
    (11, 'Talk Listen Change', 'Town-wide mental health campaign', NULL, NULL, NULL),
    (12, 'Talk Listen Change', 'Culturally Adapted CBT', NULL, NULL, NULL),
    (13, 'Talk Listen Change', 'TLC webpage', NULL, NULL, NULL),
    (14, 'Core20plus5', 'Food First Luton >8000 Food map distribution', 8000, 'food maps distributed', 'MORE_THAN'),
    (15, 'Core20plus5', '7 week Pulmonary rehab transport and course potential savings of up to £2000 bed days per '
        || 'patient', 2000, '£ of bed days saved per patient (potential)', 'UP_TO'),
    (16, 'Core20plus5', 'Employment of a community programme lead& local area coordinators to support neighbourhood '
        || 'working.', NULL, NULL, NULL),
    (17, 'Core20plus5', 'Luton citizens advice outreach workers in PCN''s to support income maximisation in GP '
        || 'surgeries', NULL, NULL, NULL),
    (18, 'Core20plus5', 'Housing and health projects improving PRS', NULL, NULL, NULL))
    AS a (position, programme, description, metric_value, metric_unit, metric_qualifier)
ORDER BY a.position;

INSERT INTO next_step (text, year)
SELECT n.text, '2023/24'
FROM (VALUES
    (1, 'Continue to build tangible outputs from the sub-groups using KPI dashboards to monitor progress'),
    (2, 'Deliver annual conference in November focused on structural inequalities "Luton a Marmot Town: The Social '
        || 'Responsibility for health equity. (Dismantling structural inequalities. How does this affect our lives)".'),
    (3, 'Launch next round of Luton''s Health Equity Town Prize – focusing on business and areas not well represented'),
    (4, 'Develop and launch the Health Equity Town ''Ways of Working Toolkit – Common Language'' partners and '
        || 'stakeholders to identify and understand their levers of influence for improving health equity'),
    (5, 'Undertake audit of HET partners and stakeholders building on findings from the HET Evaluation'),
    (6, 'Full evaluation of core20plus5 work undertaken to date'),
    (7, 'Review outcome measures analysing by inequalities'),
    (8, 'Continue to build network of champions through training and network meetings')) AS n (position, text)
ORDER BY n.position;

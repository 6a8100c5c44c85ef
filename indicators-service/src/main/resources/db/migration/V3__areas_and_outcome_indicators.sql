-- Areas: England, its regions, the East of England's counties and unitary authorities, and the Luton wards the seed
-- document names. Names follow Fingertips ("East of England region").
INSERT INTO area (code, name, type, parent_code) VALUES
    ('E92000001', 'England', 'COUNTRY', NULL);
INSERT INTO area (code, name, type, parent_code) VALUES
    ('E12000001', 'North East region', 'REGION', 'E92000001'),
    ('E12000002', 'North West region', 'REGION', 'E92000001'),
    ('E12000003', 'Yorkshire and the Humber region', 'REGION', 'E92000001'),
    ('E12000004', 'East Midlands region', 'REGION', 'E92000001'),
    ('E12000005', 'West Midlands region', 'REGION', 'E92000001'),
    ('E12000006', 'East of England region', 'REGION', 'E92000001'),
    ('E12000007', 'London region', 'REGION', 'E92000001'),
    ('E12000008', 'South East region', 'REGION', 'E92000001'),
    ('E12000009', 'South West region', 'REGION', 'E92000001');
INSERT INTO area (code, name, type, parent_code) VALUES
    ('E06000031', 'Peterborough', 'COUNTY_UA', 'E12000006'),
    ('E06000032', 'Luton', 'COUNTY_UA', 'E12000006'),
    ('E06000033', 'Southend-on-Sea', 'COUNTY_UA', 'E12000006'),
    ('E06000034', 'Thurrock', 'COUNTY_UA', 'E12000006'),
    ('E06000055', 'Bedford', 'COUNTY_UA', 'E12000006'),
    ('E06000056', 'Central Bedfordshire', 'COUNTY_UA', 'E12000006'),
    ('E10000003', 'Cambridgeshire', 'COUNTY_UA', 'E12000006'),
    ('E10000012', 'Essex', 'COUNTY_UA', 'E12000006'),
    ('E10000015', 'Hertfordshire', 'COUNTY_UA', 'E12000006'),
    ('E10000020', 'Norfolk', 'COUNTY_UA', 'E12000006'),
    ('E10000029', 'Suffolk', 'COUNTY_UA', 'E12000006');
-- Luton's wards with over 40% of children in poverty in 2019 (the seed document). Codes of the 2011 ward set.
INSERT INTO area (code, name, type, parent_code) VALUES
    ('E05002125', 'Biscot', 'WARD', 'E06000032'),
    ('E05002129', 'Dallow', 'WARD', 'E06000032'),
    ('E05002138', 'Saints', 'WARD', 'E06000032');

INSERT INTO area_group (id, name, description) VALUES
    ('east-of-england-counties-uas', 'East of England counties and unitary authorities',
     'The region''s upper-tier local authorities: the peers of a quintile comparison within the region'),
    ('luton-priority-wards', 'Luton wards with over 40% of children in poverty (2019)',
     'Saints, Biscot and Dallow, named in the Luton Marmot town document');
INSERT INTO area_group_member (group_id, area_code, position)
SELECT 'east-of-england-counties-uas', code, row_number() OVER (ORDER BY name)
FROM area WHERE parent_code = 'E12000006';
INSERT INTO area_group_member (group_id, area_code, position) VALUES
    ('luton-priority-wards', 'E05002138', 1),
    ('luton-priority-wards', 'E05002125', 2),
    ('luton-priority-wards', 'E05002129', 3);

-- The outcome indicators of Luton's Marmot town table, by principle. Fingertips ids where Fingertips publishes the
-- indicator; local ids (from 900000) where it does not.
INSERT INTO indicator (id, name, definition, principle_id, value_type, unit, multiplier, polarity, benchmark_method,
                       valid_min, valid_max, year_type, source, frequency) VALUES
    (90366, 'Life expectancy at birth', 'Average number of years a newborn would live at the age-specific mortality '
        || 'rates of the period', 0, 'LIFE_EXPECTANCY', 'years', 1, 'HIGH_IS_GOOD', 'CI_95', 0, 130, 'CALENDAR',
        'OHID Fingertips', 'Annual'),
    (90362, 'Healthy life expectancy at birth', 'Average number of years a newborn would live in good health',
        0, 'LIFE_EXPECTANCY', 'years', 1, 'HIGH_IS_GOOD', 'CI_95', 0, 130, 'CALENDAR', 'OHID Fingertips', 'Annual'),

    (900101, 'Percentage of children achieving a good level of development at 2 to 2½ years',
        'Children at or above the expected level in all five areas of the Ages and Stages Questionnaire', 1,
        'PROPORTION', '%', 100, 'HIGH_IS_GOOD', 'CI_95', 0, 100, 'FINANCIAL', 'OHID', 'Annual'),
    (90631, 'School readiness: percentage of children achieving a good level of development at the end of Reception',
        'Children achieving a good level of development at the end of the Early Years Foundation Stage', 1,
        'PROPORTION', '%', 100, 'HIGH_IS_GOOD', 'CI_95', 0, 100, 'ACADEMIC', 'DfE, via OHID Fingertips', 'Annual'),
    (92196, 'Infant mortality rate', 'Deaths under 1 year per 1,000 live births', 1, 'CRUDE_RATE',
        'per 1,000 live births', 1000, 'LOW_IS_GOOD', 'CI_95', 0, NULL, 'CALENDAR', 'ONS, via OHID Fingertips', 'Annual'),
    (93563, 'Percentage of 5 year olds with experience of visually obvious dental decay',
        'National Dental Epidemiology Programme survey of 5 year olds', 1, 'PROPORTION', '%', 100, 'LOW_IS_GOOD',
        'CI_95', 0, 100, 'ACADEMIC', 'OHID Fingertips', 'Biennial'),
    (900102, 'Child poverty (after housing costs)', 'Children living in households below 60% of median income after '
        || 'housing costs', 1, 'PROPORTION', '%', 100, 'LOW_IS_GOOD', 'CI_95', 0, 100, 'FINANCIAL',
        'End Child Poverty Coalition', 'Annual'),

    (900103, 'Average Progress 8 score', 'Pupils'' progress across eight GCSE qualifications relative to similar pupils',
        2, 'SCORE', 'score', 1, 'HIGH_IS_GOOD', 'CI_95', -10, 10, 'ACADEMIC', 'DfE', 'Annual'),
    (93378, 'Average Attainment 8 score', 'Average attainment across eight GCSE qualifications', 2, 'SCORE', 'score', 1,
        'HIGH_IS_GOOD', 'CI_95', 0, 90, 'ACADEMIC', 'DfE, via OHID Fingertips', 'Annual'),
    (900104, 'Proportion of Luton children attending good or outstanding schools',
        'Pupils in schools judged good or outstanding by Ofsted', 2, 'PROPORTION', '%', 100, 'HIGH_IS_GOOD', 'CI_95',
        0, 100, 'ACADEMIC', 'Ofsted, Luton Borough Council', 'Annual'),
    (900105, 'Proportion of care leavers (aged 18-24) who are NEET',
        'Care leavers aged 18 to 24 not in education, employment or training', 2, 'PROPORTION', '%', 100,
        'LOW_IS_GOOD', 'CI_95', 0, 100, 'FINANCIAL', 'DfE', 'Annual'),
    (90813, 'Hospital admissions as a result of self-harm (10-24 years)',
        'Emergency admissions for intentional self-harm, directly standardised rate per 100,000', 2, 'DSR',
        'per 100,000', 100000, 'LOW_IS_GOOD', 'CI_95', 0, NULL, 'FINANCIAL', 'OHID Fingertips', 'Annual'),
    (20602, 'Year 6: prevalence of overweight (including obesity)',
        'Children in Year 6 classified as overweight or living with obesity (National Child Measurement Programme)', 2,
        'PROPORTION', '%', 100, 'LOW_IS_GOOD', 'CI_95', 0, 100, 'ACADEMIC', 'OHID Fingertips', 'Annual'),
    (900116, 'Proportion of the working-age population qualified to level 4 or above',
        'Residents aged 16 to 64 with qualifications at NVQ level 4 or above', 2, 'PROPORTION', '%', 100,
        'HIGH_IS_GOOD', 'CI_95', 0, 100, 'CALENDAR', 'ONS Annual Population Survey', 'Annual'),

    (92313, 'Employment rate (16-64 years)', 'Residents aged 16 to 64 in employment', 3, 'PROPORTION', '%', 100,
        'HIGH_IS_GOOD', 'CI_95', 0, 100, 'FINANCIAL', 'ONS Annual Population Survey, via OHID Fingertips', 'Annual'),
    (900106, 'Minimum Income Standard (Luton adapted model: destitution)',
        'Households below the destitution threshold of Luton''s adapted Minimum Income Standard', 3, 'PROPORTION',
        '% of households', 100, 'LOW_IS_GOOD', 'CI_95', 0, 100, 'FINANCIAL', 'Luton Borough Council', 'Annual'),
    (900107, 'Unemployment claimant count', 'Claimants as a percentage of working-age residents', 3, 'PROPORTION', '%',
        100, 'LOW_IS_GOOD', 'CI_95', 0, 100, 'CALENDAR', 'DWP, via Nomis', 'Annual'),
    (900108, 'Percentage of residents in higher-level occupations',
        'Residents in managerial, professional and associate professional occupations', 3, 'PROPORTION', '%', 100,
        'HIGH_IS_GOOD', 'CI_95', 0, 100, 'CALENDAR', 'ONS Annual Population Survey', 'Annual'),
    (900109, 'Percentage of employees paid below the living wage', 'Employee jobs paid below the Real Living Wage', 3,
        'PROPORTION', '%', 100, 'LOW_IS_GOOD', 'CI_95', 0, 100, 'CALENDAR', 'ONS ASHE, Living Wage Foundation', 'Annual'),
    (900110, 'Proportion of children in workless households', 'Children under 16 in households where no adult works',
        3, 'PROPORTION', '%', 100, 'LOW_IS_GOOD', 'CI_95', 0, 100, 'CALENDAR', 'ONS Annual Population Survey', 'Annual'),

    (93759, 'Fuel poverty (low income, low energy efficiency methodology)',
        'Households in fuel poverty', 4, 'PROPORTION', '% of households', 100, 'LOW_IS_GOOD', 'CI_95', 0, 100,
        'CALENDAR', 'DESNZ, via OHID Fingertips', 'Annual'),

    (900111, 'Households in temporary accommodation', 'Households in temporary accommodation per 1,000 households', 5,
        'CRUDE_RATE', 'per 1,000 households', 1000, 'LOW_IS_GOOD', 'CI_95', 0, NULL, 'FINANCIAL', 'DLUHC', 'Annual'),

    (92443, 'Smoking prevalence in adults (18+): current smokers', 'Adults who smoke (Annual Population Survey)', 6,
        'PROPORTION', '%', 100, 'LOW_IS_GOOD', 'CI_95', 0, 100, 'CALENDAR', 'ONS, via OHID Fingertips', 'Annual'),
    (93088, 'Percentage of adults (aged 18+) classified as overweight or obese',
        'Adults with a body mass index of 25 or more (Active Lives Survey)', 6, 'PROPORTION', '%', 100, 'LOW_IS_GOOD',
        'CI_95', 0, 100, 'FINANCIAL', 'Sport England, via OHID Fingertips', 'Annual'),
    (900112, 'Under 75 mortality rate from circulatory diseases considered preventable',
        'Deaths under 75 from circulatory diseases considered preventable, directly standardised per 100,000', 6,
        'DSR', 'per 100,000', 100000, 'LOW_IS_GOOD', 'CI_95', 0, NULL, 'FINANCIAL', 'ONS, via OHID', 'Annual'),
    (900113, 'Cycling or walking for travel (3 to 5 times a week)',
        'Adults who walk or cycle for travel at least three times a week', 6, 'PROPORTION', '%', 100, 'HIGH_IS_GOOD',
        'CI_95', 0, 100, 'CALENDAR', 'Sport England Active Lives Survey', 'Annual'),

    (900114, 'Air quality: Annual Status Report measure', 'Luton''s measure from its Air Quality Annual Status Report',
        8, 'OTHER', 'index', 1, 'LOW_IS_GOOD', 'CI_95', 0, NULL, 'CALENDAR', 'Luton Borough Council', 'Annual');

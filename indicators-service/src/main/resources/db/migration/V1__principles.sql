-- The Marmot principles: 1 to 6 from Fair Society, Healthy Lives (2010), 7 and 8 added by Build Back Fairer (2020),
-- and 0 for the overarching outcomes (life expectancy, healthy life expectancy).
CREATE TABLE principle (
    id            smallint PRIMARY KEY CHECK (id BETWEEN 0 AND 8),
    title         text NOT NULL,
    short_title   text NOT NULL,
    introduced_in text
);

INSERT INTO principle (id, title, short_title, introduced_in) VALUES
    (0, 'Overarching outcomes: life expectancy and healthy life expectancy', 'Overarching', NULL),
    (1, 'Give every child the best start in life', 'Best start in life', 'Fair Society, Healthy Lives (2010)'),
    (2, 'Enable all children, young people and adults to maximise their capabilities and have control over their lives',
        'Capabilities and control', 'Fair Society, Healthy Lives (2010)'),
    (3, 'Create fair employment and good work for all', 'Fair employment and good work', 'Fair Society, Healthy Lives (2010)'),
    (4, 'Ensure a healthy standard of living for all', 'Healthy standard of living', 'Fair Society, Healthy Lives (2010)'),
    (5, 'Create and develop healthy and sustainable places and communities', 'Healthy and sustainable places',
        'Fair Society, Healthy Lives (2010)'),
    (6, 'Strengthen the role and impact of ill-health prevention', 'Ill-health prevention', 'Fair Society, Healthy Lives (2010)'),
    (7, 'Tackle racism, discrimination and their outcomes', 'Racism and discrimination', 'Build Back Fairer (2020)'),
    (8, 'Pursue environmental sustainability and health equity together', 'Environmental sustainability and health equity',
        'Build Back Fairer (2020)');

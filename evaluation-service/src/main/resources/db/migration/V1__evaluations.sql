-- Evaluations of the health equity town work, with their aims in order.
CREATE TABLE evaluation (
    id              bigserial PRIMARY KEY,
    title           text NOT NULL,
    period          text NOT NULL,
    status          text NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'PUBLISHED')),
    method          text,
    publication_url text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT 'system',
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT 'system',
    version         bigint NOT NULL DEFAULT 0
);

CREATE TABLE evaluation_aim (
    evaluation_id bigint NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    aim           text NOT NULL,
    PRIMARY KEY (evaluation_id, position)
);

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

-- Partner organisations of the health equity system, as the Luton seed document names them.
CREATE TABLE organisation (
    id          bigserial PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL,
    short_name  text,
    type        text NOT NULL CHECK (type IN ('LOCAL_AUTHORITY', 'NHS', 'UNIVERSITY', 'VOLUNTARY_SECTOR', 'BUSINESS', 'OTHER')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT 'system',
    version     bigint NOT NULL DEFAULT 0
);

INSERT INTO organisation (slug, name, short_name, type) VALUES
    ('lbc', 'Luton Borough Council', 'LBC', 'LOCAL_AUTHORITY'),
    ('elft', 'East London NHS Foundation Trust', 'ELFT', 'NHS'),
    ('uob', 'University of Bedfordshire', 'UoB', 'UNIVERSITY'),
    ('semlep', 'South East Midlands Local Enterprise Partnership', 'SEMLEP', 'BUSINESS'),
    ('luton-adult-learning', 'Luton Adult Learning', NULL, 'LOCAL_AUTHORITY'),
    ('nea', 'National Energy Action', 'NEA', 'VOLUNTARY_SECTOR'),
    ('blmk-ics', 'Bedfordshire, Luton and Milton Keynes Integrated Care System', 'BLMK ICS', 'NHS'),
    ('luton-pcns', 'Luton Primary Care Networks', 'PCNs', 'NHS'),
    ('citizens-advice-luton', 'Citizens Advice Luton', NULL, 'VOLUNTARY_SECTOR'),
    ('active-luton', 'Active Luton', NULL, 'VOLUNTARY_SECTOR'),
    ('ihe', 'UCL Institute of Health Equity', 'IHE', 'UNIVERSITY');

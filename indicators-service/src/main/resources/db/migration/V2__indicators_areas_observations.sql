-- Outcome indicators, the areas they are measured for, and the observations themselves.

CREATE TABLE indicator (
    id               integer PRIMARY KEY CHECK (id > 0),
    name             text NOT NULL,
    definition       text,
    principle_id     smallint NOT NULL REFERENCES principle (id),
    value_type       text NOT NULL CHECK (value_type IN ('PROPORTION', 'CRUDE_RATE', 'DSR', 'ISR', 'MEAN',
                         'LIFE_EXPECTANCY', 'COUNT', 'SCORE', 'OTHER')),
    unit             text,
    multiplier       double precision NOT NULL DEFAULT 1 CHECK (multiplier > 0),
    polarity         text NOT NULL CHECK (polarity IN ('HIGH_IS_GOOD', 'LOW_IS_GOOD', 'NO_JUDGEMENT', 'NOT_APPLICABLE')),
    benchmark_method text NOT NULL CHECK (benchmark_method IN ('CI_95', 'CI_99_8', 'CI_TWO_LEVELS', 'QUINTILES', 'NONE')),
    valid_min        double precision,
    valid_max        double precision,
    year_type        text NOT NULL DEFAULT 'FINANCIAL' CHECK (year_type IN ('CALENDAR', 'FINANCIAL', 'ACADEMIC')),
    source           text,
    frequency        text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text NOT NULL DEFAULT 'system',
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text NOT NULL DEFAULT 'system',
    version          bigint NOT NULL DEFAULT 0,
    CHECK (valid_min IS NULL OR valid_max IS NULL OR valid_min <= valid_max)
);
CREATE INDEX indicator_principle ON indicator (principle_id);

CREATE TABLE area (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z][0-9]{8}$'),
    name        text NOT NULL,
    type        text NOT NULL CHECK (type IN ('COUNTRY', 'REGION', 'COUNTY_UA', 'DISTRICT_UA', 'WARD', 'OTHER')),
    parent_code text REFERENCES area (code),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT 'system',
    version     bigint NOT NULL DEFAULT 0
);
CREATE INDEX area_parent ON area (parent_code);

CREATE TABLE area_group (
    id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT 'system',
    version     bigint NOT NULL DEFAULT 0
);

CREATE TABLE area_group_member (
    group_id  text NOT NULL REFERENCES area_group (id) ON DELETE CASCADE,
    area_code text NOT NULL REFERENCES area (code),
    position  integer NOT NULL,
    PRIMARY KEY (group_id, position),
    UNIQUE (group_id, area_code)
);

CREATE TABLE import_run (
    id            bigserial PRIMARY KEY,
    format        text NOT NULL CHECK (format IN ('FINGERTIPS_CSV', 'JSON')),
    mode          text NOT NULL CHECK (mode IN ('ALL_OR_NOTHING', 'VALID_ONLY')),
    status        text NOT NULL CHECK (status IN ('COMMITTED', 'REJECTED')),
    source        text,
    rows_read     integer NOT NULL,
    created       integer NOT NULL,
    updated       integer NOT NULL,
    unchanged     integer NOT NULL,
    rejected      integer NOT NULL,
    areas_created integer NOT NULL DEFAULT 0,
    errors        jsonb NOT NULL DEFAULT '[]',
    error_count   integer NOT NULL DEFAULT 0,
    sha256        text NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz NOT NULL,
    created_by    text NOT NULL
);

-- One row per indicator, area, period, sex, age and inequality category. Text breakdowns use '' for "none" so that
-- the natural key is unique without NULL exceptions.
CREATE TABLE observation (
    id                     bigserial PRIMARY KEY,
    indicator_id           integer NOT NULL REFERENCES indicator (id),
    area_code              text NOT NULL REFERENCES area (code),
    period_label           text NOT NULL,
    period_type            text NOT NULL,
    period_start           date NOT NULL,
    period_end             date NOT NULL,
    period_sort_key        integer NOT NULL,
    sex                    text NOT NULL DEFAULT 'Persons',
    age                    text NOT NULL DEFAULT 'All ages',
    category_type          text NOT NULL DEFAULT '',
    category               text NOT NULL DEFAULT '',
    value                  double precision,
    count                  double precision,
    denominator            double precision,
    lower_ci_95            double precision,
    upper_ci_95            double precision,
    lower_ci_99_8          double precision,
    upper_ci_99_8          double precision,
    limits_source          text NOT NULL DEFAULT 'NONE' CHECK (limits_source IN ('SUPPLIED', 'COMPUTED', 'NONE')),
    value_note             text,
    status                 text NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('PROVISIONAL', 'PUBLISHED')),
    reported_trend         text,
    reported_vs_england    text,
    reported_vs_region     text,
    reported_vs_neighbours text,
    source                 text,
    import_id              bigint REFERENCES import_run (id),
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             text NOT NULL DEFAULT 'system',
    updated_at             timestamptz NOT NULL DEFAULT now(),
    updated_by             text NOT NULL DEFAULT 'system',
    version                bigint NOT NULL DEFAULT 0,
    CONSTRAINT observation_natural_key UNIQUE (indicator_id, sex, age, category_type, category, area_code, period_label)
);
CREATE INDEX observation_area ON observation (area_code, indicator_id);
CREATE INDEX observation_updated ON observation (updated_at);

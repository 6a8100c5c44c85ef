-- What evaluations found and recommended, how recommendations are carried out, and what the system has done.

CREATE TABLE finding (
    id             bigserial PRIMARY KEY,
    evaluation_id  bigint NOT NULL REFERENCES evaluation (id),
    kind           text NOT NULL CHECK (kind IN ('OPPORTUNITY', 'CHALLENGE', 'INSIGHT')),
    theme          text,
    statement      text NOT NULL,
    evidence       text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text NOT NULL DEFAULT 'system',
    updated_at     timestamptz NOT NULL DEFAULT now(),
    updated_by     text NOT NULL DEFAULT 'system',
    version        bigint NOT NULL DEFAULT 0
);
CREATE INDEX finding_evaluation ON finding (evaluation_id);

-- owner_organisation and workstream are slugs of workstreams-service, checked through its API when written.
CREATE TABLE recommendation (
    id                  bigserial PRIMARY KEY,
    evaluation_id       bigint NOT NULL REFERENCES evaluation (id),
    text                text NOT NULL,
    owner_organisation  text,
    due_date            date,
    principle           integer CHECK (principle BETWEEN 0 AND 8),
    workstream          text,
    status              text NOT NULL DEFAULT 'PROPOSED'
                            CHECK (status IN ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'IMPLEMENTED', 'NOT_TAKEN_FORWARD')),
    status_reason       text,
    status_date         date NOT NULL DEFAULT current_date,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT 'system',
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT 'system',
    version             bigint NOT NULL DEFAULT 0,
    CHECK (status <> 'NOT_TAKEN_FORWARD' OR status_reason IS NOT NULL)
);
CREATE INDEX recommendation_evaluation ON recommendation (evaluation_id);

-- Every status a recommendation took, dated; append-only.
CREATE TABLE recommendation_status_change (
    id                 bigserial PRIMARY KEY,
    recommendation_id  bigint NOT NULL REFERENCES recommendation (id) ON DELETE CASCADE,
    from_status        text,
    to_status          text NOT NULL,
    reason             text,
    effective_date     date NOT NULL,
    changed_by         text NOT NULL,
    changed_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_status_change_recommendation ON recommendation_status_change (recommendation_id, id);

-- year is the financial year the record reports on (2023/24), which the annual progress report selects by.
CREATE TABLE impact (
    id           bigserial PRIMARY KEY,
    mode         text NOT NULL CHECK (mode IN ('LEADING', 'INFLUENCING', 'FACILITATING_ENABLING')),
    description  text NOT NULL,
    year         text NOT NULL,
    occurred_on  date,
    evidence     text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT 'system',
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text NOT NULL DEFAULT 'system',
    version      bigint NOT NULL DEFAULT 0
);
CREATE INDEX impact_year ON impact (year);

CREATE TABLE impact_partner (
    impact_id     bigint NOT NULL REFERENCES impact (id) ON DELETE CASCADE,
    position      integer NOT NULL,
    organisation  text NOT NULL,
    PRIMARY KEY (impact_id, position)
);

CREATE TABLE achievement (
    id                bigserial PRIMARY KEY,
    programme         text NOT NULL,
    description       text NOT NULL,
    year              text NOT NULL,
    metric_value      numeric,
    metric_unit       text,
    metric_qualifier  text CHECK (metric_qualifier IN ('EXACTLY', 'MORE_THAN', 'UP_TO')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text NOT NULL DEFAULT 'system',
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text NOT NULL DEFAULT 'system',
    version           bigint NOT NULL DEFAULT 0,
    CHECK ((metric_value IS NULL) = (metric_unit IS NULL)),
    CHECK ((metric_value IS NULL) = (metric_qualifier IS NULL))
);
CREATE INDEX achievement_year ON achievement (year);

CREATE TABLE next_step (
    id                  bigserial PRIMARY KEY,
    text                text NOT NULL,
    owner_organisation  text,
    due_date            date,
    done                boolean NOT NULL DEFAULT false,
    year                text NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text NOT NULL DEFAULT 'system',
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text NOT NULL DEFAULT 'system',
    version             bigint NOT NULL DEFAULT 0
);
CREATE INDEX next_step_year ON next_step (year);

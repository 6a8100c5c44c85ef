-- The priority workstreams and everything they plan, deliver and measure.

CREATE TABLE workstream (
    id           bigserial PRIMARY KEY,
    slug         text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         text NOT NULL,
    chair_role   text NOT NULL,
    description  text,
    status       text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'CLOSED')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL DEFAULT 'system',
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text NOT NULL DEFAULT 'system',
    version      bigint NOT NULL DEFAULT 0
);

-- The Marmot principles (0 overarching, 1 to 8) a workstream serves.
CREATE TABLE workstream_principle (
    workstream_id  bigint NOT NULL REFERENCES workstream (id) ON DELETE CASCADE,
    principle      integer NOT NULL CHECK (principle BETWEEN 0 AND 8),
    PRIMARY KEY (workstream_id, principle)
);

CREATE TABLE kpi (
    id                      bigserial PRIMARY KEY,
    workstream_id           bigint NOT NULL REFERENCES workstream (id),
    name                    text NOT NULL,
    description             text,
    unit                    text NOT NULL,
    direction               text NOT NULL CHECK (direction IN ('INCREASE_IS_GOOD', 'DECREASE_IS_GOOD')),
    cumulative              boolean NOT NULL DEFAULT false,
    frequency               text NOT NULL CHECK (frequency IN ('CALENDAR_YEAR', 'FINANCIAL_YEAR', 'ACADEMIC_YEAR',
                                'CALENDAR_QUARTER', 'FINANCIAL_QUARTER', 'MONTH')),
    owner_organisation_id   bigint REFERENCES organisation (id),
    baseline_period         text,
    baseline_value          numeric,
    created_at              timestamptz NOT NULL DEFAULT now(),
    created_by              text NOT NULL DEFAULT 'system',
    updated_at              timestamptz NOT NULL DEFAULT now(),
    updated_by              text NOT NULL DEFAULT 'system',
    version                 bigint NOT NULL DEFAULT 0,
    CHECK ((baseline_period IS NULL) = (baseline_value IS NULL))
);
CREATE INDEX kpi_workstream ON kpi (workstream_id);

CREATE TABLE kpi_target (
    id               bigserial PRIMARY KEY,
    kpi_id           bigint NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    period_label     text NOT NULL,
    period_sort_key  integer NOT NULL,
    period_start     date NOT NULL,
    period_end       date NOT NULL,
    value            numeric NOT NULL,
    UNIQUE (kpi_id, period_label)
);

-- One actual per KPI and period; a rejected one may be submitted again, an approved one is final.
CREATE TABLE kpi_actual (
    id               bigserial PRIMARY KEY,
    kpi_id           bigint NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    period_label     text NOT NULL,
    period_sort_key  integer NOT NULL,
    period_start     date NOT NULL,
    period_end       date NOT NULL,
    value            numeric NOT NULL,
    evidence         text,
    status           text NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    submitted_by     text NOT NULL,
    submitted_at     timestamptz NOT NULL,
    organisation     text,
    reviewed_by      text,
    reviewed_at      timestamptz,
    review_note      text,
    version          bigint NOT NULL DEFAULT 0,
    UNIQUE (kpi_id, period_label)
);

-- Each period's RAG as the rule of rule_version computed it, kept so a report can say which rule it used.
CREATE TABLE kpi_period_status (
    kpi_id           bigint NOT NULL REFERENCES kpi (id) ON DELETE CASCADE,
    period_label     text NOT NULL,
    period_sort_key  integer NOT NULL,
    period_start     date NOT NULL,
    target           numeric,
    actual           numeric,
    compared_value   numeric,
    actual_status    text,
    rag              text NOT NULL CHECK (rag IN ('GREEN', 'AMBER', 'RED', 'NO_DATA')),
    reason           text NOT NULL,
    rule_version     text NOT NULL,
    computed_at      timestamptz NOT NULL,
    PRIMARY KEY (kpi_id, period_label)
);

CREATE TABLE logic_model (
    id               bigserial PRIMARY KEY,
    workstream_id    bigint NOT NULL REFERENCES workstream (id),
    version_number   integer NOT NULL CHECK (version_number > 0),
    status           text NOT NULL CHECK (status IN ('DRAFT', 'APPROVED', 'SUPERSEDED')),
    content          jsonb NOT NULL,
    approved_by      text,
    approved_at      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text NOT NULL DEFAULT 'system',
    updated_at       timestamptz NOT NULL DEFAULT now(),
    updated_by       text NOT NULL DEFAULT 'system',
    version          bigint NOT NULL DEFAULT 0,
    UNIQUE (workstream_id, version_number)
);
-- At most one draft being edited and one approved model in force per workstream.
CREATE UNIQUE INDEX logic_model_one_draft ON logic_model (workstream_id) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX logic_model_one_approved ON logic_model (workstream_id) WHERE status = 'APPROVED';

CREATE TABLE report_recommendation (
    id          bigserial PRIMARY KEY,
    code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$'),
    principle   integer NOT NULL CHECK (principle BETWEEN 0 AND 8),
    text        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text NOT NULL DEFAULT 'system',
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL DEFAULT 'system',
    version     bigint NOT NULL DEFAULT 0
);

CREATE TABLE report_recommendation_workstream (
    recommendation_id  bigint NOT NULL REFERENCES report_recommendation (id) ON DELETE CASCADE,
    workstream_id      bigint NOT NULL REFERENCES workstream (id),
    PRIMARY KEY (recommendation_id, workstream_id)
);

CREATE TABLE workplan (
    id              bigserial PRIMARY KEY,
    workstream_id   bigint NOT NULL REFERENCES workstream (id),
    year_label      text NOT NULL,
    period_start    date NOT NULL,
    period_end      date NOT NULL,
    title           text NOT NULL,
    status          text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED', 'SIGNED_OFF', 'CLOSED')),
    submitted_by    text,
    submitted_at    timestamptz,
    signed_off_by   text,
    signed_off_at   timestamptz,
    closed_by       text,
    closed_at       timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL DEFAULT 'system',
    updated_at      timestamptz NOT NULL DEFAULT now(),
    updated_by      text NOT NULL DEFAULT 'system',
    version         bigint NOT NULL DEFAULT 0,
    UNIQUE (workstream_id, year_label)
);

CREATE TABLE workplan_priority (
    workplan_id  bigint NOT NULL REFERENCES workplan (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    text         text NOT NULL,
    PRIMARY KEY (workplan_id, position)
);

-- Every status change of a workplan, append-only.
CREATE TABLE workplan_transition (
    id            bigserial PRIMARY KEY,
    workplan_id   bigint NOT NULL REFERENCES workplan (id) ON DELETE CASCADE,
    action        text NOT NULL,
    from_status   text NOT NULL,
    to_status     text NOT NULL,
    comment       text,
    performed_by  text NOT NULL,
    performed_at  timestamptz NOT NULL
);
CREATE INDEX workplan_transition_workplan ON workplan_transition (workplan_id, id);

CREATE TABLE workplan_action (
    id                      bigserial PRIMARY KEY,
    workplan_id             bigint NOT NULL REFERENCES workplan (id),
    title                   text NOT NULL,
    description             text,
    owner_organisation_id   bigint NOT NULL REFERENCES organisation (id),
    lead                    text,
    start_date              date,
    due_date                date,
    status                  text NOT NULL DEFAULT 'NOT_STARTED'
                                CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED', 'CANCELLED')),
    rag                     text CHECK (rag IN ('GREEN', 'AMBER', 'RED')),
    rag_reason              text,
    kpi_id                  bigint REFERENCES kpi (id),
    recommendation_id       bigint REFERENCES report_recommendation (id),
    created_at              timestamptz NOT NULL DEFAULT now(),
    created_by              text NOT NULL DEFAULT 'system',
    updated_at              timestamptz NOT NULL DEFAULT now(),
    updated_by              text NOT NULL DEFAULT 'system',
    version                 bigint NOT NULL DEFAULT 0,
    CHECK (rag IS NULL OR rag = 'GREEN' OR rag_reason IS NOT NULL),
    CHECK (start_date IS NULL OR due_date IS NULL OR due_date >= start_date)
);
CREATE INDEX workplan_action_workplan ON workplan_action (workplan_id);
CREATE INDEX workplan_action_owner ON workplan_action (owner_organisation_id);
CREATE INDEX workplan_action_recommendation ON workplan_action (recommendation_id);

-- Progress reported on an action, append-only: what changed, when, by whom.
CREATE TABLE action_update (
    id            bigserial PRIMARY KEY,
    action_id     bigint NOT NULL REFERENCES workplan_action (id) ON DELETE CASCADE,
    update_date   date NOT NULL,
    text          text NOT NULL,
    author        text NOT NULL,
    organisation  text,
    status        text,
    rag           text,
    rag_reason    text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_update_action ON action_update (action_id, id);

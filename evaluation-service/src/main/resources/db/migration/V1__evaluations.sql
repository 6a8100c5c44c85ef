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

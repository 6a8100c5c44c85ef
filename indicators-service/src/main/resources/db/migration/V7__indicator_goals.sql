-- Goals for outcome indicators: a value an area aims to reach by a period, and where the goal was set. They belong
-- to the indicator's definition: changing them changes the indicator's version (its ETag).
CREATE TABLE indicator_goal (
    id              bigserial PRIMARY KEY,
    indicator_id    integer NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    area_code       text NOT NULL REFERENCES area (code),
    value           double precision NOT NULL,
    period_label    text NOT NULL,
    period_sort_key integer NOT NULL,
    source          text,
    UNIQUE (indicator_id, area_code, period_label)
);

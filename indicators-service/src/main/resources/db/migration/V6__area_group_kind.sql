-- Comparator groups become writable by analysts: what kind of set each is, whose neighbours it holds, and where
-- its membership was published (a nearest-neighbour set must say whose model it comes from).
ALTER TABLE area_group
    ADD COLUMN kind text NOT NULL DEFAULT 'CUSTOM' CHECK (kind IN ('NEAREST_NEIGHBOURS', 'REGION_PEERS', 'CUSTOM')),
    ADD COLUMN owner_area text REFERENCES area (code),
    ADD COLUMN source text;

UPDATE area_group SET kind = 'REGION_PEERS' WHERE id = 'east-of-england-counties-uas';
UPDATE area_group SET owner_area = 'E06000032', source = 'Luton Marmot town document'
    WHERE id = 'luton-priority-wards';

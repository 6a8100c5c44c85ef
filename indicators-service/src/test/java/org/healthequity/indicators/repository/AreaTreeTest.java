package org.healthequity.indicators.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AreaTreeTest {

    private final Area england = area("E92000001", AreaType.COUNTRY, null);
    private final Area east = area("E12000006", AreaType.REGION, "E92000001");
    private final Area london = area("E12000007", AreaType.REGION, "E92000001");
    private final Area luton = area("E06000032", AreaType.COUNTY_UA, "E12000006");
    private final Area bedford = area("E06000055", AreaType.COUNTY_UA, "E12000006");
    private final Area camden = area("E09000007", AreaType.COUNTY_UA, "E12000007");
    private final AreaTree tree = AreaTree.of(List.of(england, east, london, luton, bedford, camden));

    @Test
    void ancestorsRunFromEnglandToTheParent() {
        assertThat(tree.ancestors(luton)).containsExactly(england, east);
        assertThat(tree.ancestors(england)).isEmpty();
        assertThat(tree.parentOf(luton)).isSameAs(east);
        assertThat(tree.parentOf(null)).isNull();
    }

    @Test
    void peersAreTheAreasOfOneTypeUnderAnAncestor() {
        assertThat(tree.codesUnder(east, AreaType.COUNTY_UA)).containsExactlyInAnyOrder("E06000032", "E06000055");
        assertThat(tree.codesUnder(england, AreaType.COUNTY_UA)).hasSize(3);
        assertThat(tree.codesUnder(england, AreaType.REGION)).containsExactlyInAnyOrder("E12000006", "E12000007");
        assertThat(tree.descends(camden, east)).isFalse();
        assertThat(tree.descends(camden, england)).isTrue();
    }

    @Test
    void anUnknownParentEndsTheClimb() {
        Area orphan = area("E06999999", AreaType.COUNTY_UA, "E12999999");
        AreaTree withOrphan = AreaTree.of(List.of(england, orphan));

        assertThat(withOrphan.ancestors(orphan)).isEmpty();
        assertThat(withOrphan.get("E06999999")).isSameAs(orphan);
    }

    private static Area area(String code, AreaType type, String parentCode) {
        Area area = new Area();
        area.code = code;
        area.name = code;
        area.type = type;
        area.parentCode = parentCode;
        return area;
    }
}

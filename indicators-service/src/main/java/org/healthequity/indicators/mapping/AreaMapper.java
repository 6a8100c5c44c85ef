package org.healthequity.indicators.mapping;

import org.healthequity.indicators.repository.Area;

public final class AreaMapper {

    private AreaMapper() {
    }

    public static AreaView toView(Area area) {
        return new AreaView(area.code, area.name, area.type, area.parentCode);
    }
}

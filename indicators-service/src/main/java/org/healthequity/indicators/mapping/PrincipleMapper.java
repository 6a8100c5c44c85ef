package org.healthequity.indicators.mapping;

import org.healthequity.indicators.repository.Principle;

public final class PrincipleMapper {

    private PrincipleMapper() {
    }

    public static PrincipleView toView(Principle principle) {
        return new PrincipleView(principle.id, principle.title, principle.shortTitle, principle.introducedIn);
    }
}

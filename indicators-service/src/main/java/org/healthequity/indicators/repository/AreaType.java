package org.healthequity.indicators.repository;

import java.util.Locale;

/** Kinds of area, with the names Fingertips downloads give them. */
public enum AreaType {
    COUNTRY("Country"),
    REGION("Region"),
    COUNTY_UA("County & UA"),
    DISTRICT_UA("District & UA"),
    WARD("Ward"),
    OTHER("Other");

    private final String label;

    AreaType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a Fingertips area type ("Counties & UAs (from Apr 2023)", "England", "Region"...). */
    public static AreaType fromLabel(String label) {
        String text = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        if (text.equals("country") || text.equals("england")) {
            return COUNTRY;
        }
        if (text.startsWith("region")) {
            return REGION;
        }
        if (text.startsWith("count")) {
            return COUNTY_UA;
        }
        if (text.startsWith("district")) {
            return DISTRICT_UA;
        }
        if (text.startsWith("ward")) {
            return WARD;
        }
        for (AreaType type : values()) {
            if (type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        return OTHER;
    }
}

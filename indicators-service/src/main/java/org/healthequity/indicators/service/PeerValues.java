package org.healthequity.indicators.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.healthequity.indicators.repository.ScorecardQueries;

/**
 * The peers' values behind the scorecard's spine-chart distributions, kept while the data does not change: every
 * scorecard of an area type asks for the same values (every authority's, for the indicators and periods shown), so
 * they are read once per data version (V8) rather than once per scorecard. The values are shared, so they are kept
 * unmodifiable; the few sets kept are dropped least recently read first.
 */
@ApplicationScoped
public class PeerValues {

    /** Area types times period choices in use at once; each set is every peer's value for the indicators shown. */
    private static final int KEPT = 16;

    private record Key(long dataVersion, Set<Integer> indicators, List<String> areaCodes, Set<String> labels) {
    }

    private final ScorecardQueries queries;
    private final RecentlyRead<Key, Map<String, List<Double>>> recent = new RecentlyRead<>(KEPT);

    PeerValues(ScorecardQueries queries) {
        this.queries = queries;
    }

    /** By breakdown key ({@link ScorecardQueries#key}), the published values of those areas, unmodifiable. */
    public Map<String, List<Double>> of(List<Integer> indicatorIds, List<String> areaCodes, Set<String> labels) {
        // Read before the values, so that a set is never filed under a newer version than it was read at.
        Key key = new Key(queries.dataVersion(), new TreeSet<>(indicatorIds), List.copyOf(areaCodes),
                new TreeSet<>(labels));
        return recent.get(key, read -> {
            Map<String, List<Double>> values = new HashMap<>();
            queries.valuesByKey(new ArrayList<>(read.indicators()), read.areaCodes(), read.labels())
                    .forEach((series, peers) -> values.put(series, List.copyOf(peers)));
            return Map.copyOf(values);
        });
    }
}

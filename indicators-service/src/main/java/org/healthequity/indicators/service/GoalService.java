package org.healthequity.indicators.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.mapping.Text;
import org.healthequity.common.period.ParsedPeriod;
import org.healthequity.common.period.PeriodParser;
import org.healthequity.common.problem.ApiException;
import org.healthequity.common.problem.ProblemError;
import org.healthequity.indicators.mapping.GoalView;
import org.healthequity.indicators.repository.AreaRepository;
import org.healthequity.indicators.repository.Indicator;
import org.healthequity.indicators.repository.IndicatorGoal;
import org.healthequity.indicators.repository.IndicatorGoalRepository;
import org.healthequity.indicators.repository.IndicatorRepository;
import org.healthequity.indicators.statistics.GoalComparison;

/**
 * Goals of outcome indicators per area. They are part of an indicator's definition: they are replaced together,
 * with the indicator's ETag, and each change gives the indicator a new version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GoalService {

    private final IndicatorRepository indicators;
    private final IndicatorGoalRepository goals;
    private final AreaRepository areas;

    GoalService(IndicatorRepository indicators, IndicatorGoalRepository goals, AreaRepository areas) {
        this.indicators = indicators;
        this.goals = goals;
        this.areas = areas;
    }

    public Versioned<GoalView.Goals> goals(int indicatorId) {
        Indicator indicator = find(indicatorId);
        return new Versioned<>(view(goals.ofIndicator(indicatorId)), indicator.version);
    }

    @Transactional
    public Versioned<GoalView.Goals> replace(int indicatorId, String ifMatch, GoalView.Goals request) {
        Indicator indicator = find(indicatorId);
        EntityTags.requireMatch(ifMatch, indicator.version);
        List<ProblemError> errors = new ArrayList<>();
        List<IndicatorGoal> replacements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.goals().size(); i++) {
            GoalView goal = request.goals().get(i);
            String field = "goals[" + i + "]";
            if (areas.findByIdOptional(goal.areaCode()).isEmpty()) {
                errors.add(ProblemError.field(field + ".areaCode", "unknown_area", goal.areaCode()
                        + " is not a known area"));
                continue;
            }
            if (!Double.isFinite(goal.value())) {
                errors.add(ProblemError.field(field + ".value", "invalid", "the goal must be a number"));
                continue;
            }
            ParsedPeriod period;
            try {
                period = PeriodParser.parse(goal.period(), indicator.yearType);
            } catch (PeriodParser.UnparseablePeriodException e) {
                errors.add(ProblemError.field(field + ".period", "unparseable_period", e.getMessage()));
                continue;
            }
            if (!seen.add(goal.areaCode() + "|" + period.label())) {
                errors.add(ProblemError.field(field + ".period", "duplicate", "a second goal for " + goal.areaCode()
                        + " by " + period.label()));
                continue;
            }
            IndicatorGoal replacement = new IndicatorGoal();
            replacement.indicatorId = indicatorId;
            replacement.areaCode = goal.areaCode();
            replacement.value = goal.value();
            replacement.periodLabel = period.label();
            replacement.periodSortKey = period.sortKey();
            replacement.source = Text.trimToNull(goal.source());
            replacements.add(replacement);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors.size() == 1 ? errors.get(0).message() : errors.size()
                    + " goals are invalid", errors);
        }
        goals.delete("indicatorId", indicatorId);
        goals.flush();
        goals.persist(replacements);
        // The goals are part of the definition: a change to them is a change to the indicator.
        indicator.updatedAt = Instant.now();
        indicators.flush();
        return new Versioned<>(view(goals.ofIndicator(indicatorId)), indicator.version);
    }

    /** Goals by indicator and area, each list in period order, for comparisons. */
    public Map<String, List<GoalComparison.Goal>> byIndicatorAndArea(List<Integer> indicatorIds) {
        Map<String, List<GoalComparison.Goal>> byKey = new LinkedHashMap<>();
        for (IndicatorGoal goal : goals.ofIndicators(indicatorIds)) {
            byKey.computeIfAbsent(key(goal.indicatorId, goal.areaCode), k -> new ArrayList<>())
                    .add(new GoalComparison.Goal(goal.value, goal.periodLabel, goal.periodSortKey));
        }
        byKey.values().forEach(list -> list.sort(Comparator.comparingInt(GoalComparison.Goal::sortKey)));
        return byKey;
    }

    public static String key(int indicatorId, String areaCode) {
        return indicatorId + "|" + areaCode;
    }

    /** The view of a comparison with a goal, or null where the area has none. */
    public static GoalView.Compared view(GoalComparison.Result result) {
        return result == null ? null : new GoalView.Compared(result.goal().value(), result.goal().periodLabel(),
                result.met(), result.label());
    }

    private Indicator find(int id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Indicator", id));
    }

    private static GoalView.Goals view(List<IndicatorGoal> stored) {
        return new GoalView.Goals(stored.stream().map(goal -> new GoalView(goal.areaCode, goal.value,
                goal.periodLabel, goal.source)).toList());
    }
}

package org.healthequity.indicators.statistics;

import java.util.List;

/**
 * A comparator group's value for one indicator, breakdown and period: its members' counts summed over their
 * denominators (times the indicator's multiplier) where every member has both and the indicator is a proportion or a
 * crude rate, otherwise the median of the members' values.
 */
public record GroupAggregate(Double value, Method method) {

    public enum Method {
        SUMMED_COUNTS,
        MEDIAN
    }

    /** One member area's value with the count and denominator behind it, if stored. */
    public record Member(double value, Double count, Double denominator) {
    }

    public static GroupAggregate of(ValueType type, double multiplier, List<Member> members) {
        boolean summable = (type == ValueType.PROPORTION || type == ValueType.CRUDE_RATE) && !members.isEmpty()
                && members.stream().allMatch(member -> member.count() != null && member.denominator() != null
                        && member.denominator() > 0);
        if (summable) {
            double counts = members.stream().mapToDouble(Member::count).sum();
            double denominators = members.stream().mapToDouble(Member::denominator).sum();
            return new GroupAggregate(counts / denominators * multiplier, Method.SUMMED_COUNTS);
        }
        Double median = PeerDistribution.median(members.stream().map(Member::value).toList());
        return new GroupAggregate(median, median == null ? null : Method.MEDIAN);
    }
}

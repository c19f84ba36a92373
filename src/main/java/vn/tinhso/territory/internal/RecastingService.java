package vn.tinhso.territory.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import vn.tinhso.territory.AdminUnit;
import vn.tinhso.territory.Recast;
import vn.tinhso.territory.RecastWeight;
import vn.tinhso.territory.Recasting;
import vn.tinhso.territory.UnitMapping;

@Service
class RecastingService implements Recasting {

    static final String POPULATION_BASIS = "population share of the receiving units (2019 census)";
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final int WEIGHT_SCALE = 6;

    private final Units units;

    RecastingService(Units units) {
        this.units = units;
    }

    @Override
    public Recast recast(Map<String, BigDecimal> valuesByOldCode, LocalDate from, LocalDate to) {
        Map<LocalDate, List<UnitMapping>> steps = new TreeMap<>();
        for (UnitMapping m : units.mappingsBetween(from, to)) {
            steps.computeIfAbsent(m.effective(), d -> new ArrayList<>()).add(m);
        }
        Map<String, BigDecimal> current = new LinkedHashMap<>(valuesByOldCode);
        List<RecastWeight> weights = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (var step : steps.entrySet()) {
            Map<String, BigDecimal> next = new TreeMap<>();
            for (var value : current.entrySet()) {
                List<UnitMapping> pairs = step.getValue().stream().filter(m -> m.oldCode().equals(value.getKey())).toList();
                if (pairs.isEmpty()) {
                    if (units.find(value.getKey(), step.getKey()).isPresent()) {
                        next.merge(value.getKey(), value.getValue(), BigDecimal::add);
                    } else {
                        unmapped.add(value.getKey());
                    }
                    continue;
                }
                List<RecastWeight> split = weightsOf(pairs, step.getKey());
                weights.addAll(split);
                splitInto(value.getValue(), split, next);
            }
            current = next;
        }
        return new Recast(current, weights, unmapped);
    }

    /** A single full pair carries everything; otherwise recorded weights, or population shares when none are recorded. */
    private List<RecastWeight> weightsOf(List<UnitMapping> pairs, LocalDate effective) {
        if (pairs.size() == 1 && pairs.get(0).kind().equals("full")) {
            UnitMapping m = pairs.get(0);
            return List.of(new RecastWeight(m.oldCode(), m.newCode(), BigDecimal.ONE, "whole unit"));
        }
        boolean recorded = pairs.stream().allMatch(m -> m.weight() != null && m.kind().equals("partial"));
        List<BigDecimal> raw = new ArrayList<>();
        for (UnitMapping m : pairs) {
            raw.add(recorded ? m.weight() : BigDecimal.valueOf(units.find(m.newCode(), effective)
                    .map(AdminUnit::population).orElse(0L)));
        }
        BigDecimal total = raw.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<RecastWeight> result = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            BigDecimal w = total.signum() == 0
                    ? BigDecimal.ONE.divide(BigDecimal.valueOf(pairs.size()), WEIGHT_SCALE, RoundingMode.HALF_EVEN)
                    : raw.get(i).divide(total, WEIGHT_SCALE, RoundingMode.HALF_EVEN);
            result.add(new RecastWeight(pairs.get(i).oldCode(), pairs.get(i).newCode(), w,
                    recorded ? pairs.get(i).weightBasis() : total.signum() == 0 ? "equal shares (no population known)" : POPULATION_BASIS));
        }
        return result;
    }

    /** The last part takes what rounding left over, so the parts add up exactly to the value. */
    static void splitInto(BigDecimal value, List<RecastWeight> weights, Map<String, BigDecimal> into) {
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            RecastWeight w = weights.get(i);
            BigDecimal part = i == weights.size() - 1 ? value.subtract(given)
                    : value.multiply(w.weight(), PRECISION).setScale(Math.max(value.scale(), WEIGHT_SCALE), RoundingMode.HALF_EVEN);
            given = given.add(part);
            into.merge(w.newCode(), part, BigDecimal::add);
        }
    }
}

package vn.tinhso.infrastructure.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.tinhso.territory.AdminUnit;

/**
 * Households on fibre broadband (indicator HH_ON_FIBRE): the operators' fibre subscriptions of each commune against its households.
 * The households are the census counts of the commune's villages where the village list has them
 * ({@link Method#CENSUS}), else the commune's population divided by the average household size
 * ({@link Method#ESTIMATED}). One subscription is taken as one household. The province figure is the sum of the
 * subscriptions over the sum of the households of the communes that report, so communes without a report neither
 * lower nor raise it.
 */
public record HouseholdsOnFibre(LocalDate asOf, double householdSize, List<Commune> communes) {

    /** Average people per household when a commune's villages carry no household counts (2019 census, Vietnam: 3.5). */
    public static final double HOUSEHOLD_SIZE = 3.5;

    public enum Method { CENSUS, ESTIMATED, NONE }

    public record Commune(String code, String name, LocalDate reportedOn, long subscriptions, long households, Method method) {
        public double percent() {
            return households == 0 ? 0 : 100.0 * subscriptions / households;
        }
    }

    public long subscriptions() {
        return communes.stream().filter(c -> c.households() > 0).mapToLong(Commune::subscriptions).sum();
    }

    public long households() {
        return communes.stream().mapToLong(Commune::households).sum();
    }

    public double percent() {
        return households() == 0 ? 0 : 100.0 * subscriptions() / households();
    }

    public long communes(Method method) {
        return communes.stream().filter(c -> c.method() == method).count();
    }

    /**
     * @param reports           the latest subscription report of each commune on or before the date
     * @param villageHouseholds the census households of each commune's villages (communes whose villages have counts)
     * @param communes          the communes of the date, for their names and populations
     */
    static HouseholdsOnFibre of(LocalDate asOf, Map<String, Registry.Subscriptions> reports, Map<String, Long> villageHouseholds,
                                Map<String, AdminUnit> communes, double householdSize) {
        List<Commune> out = new ArrayList<>();
        reports.forEach((code, report) -> {
            AdminUnit unit = communes.get(code);
            Long census = villageHouseholds.get(code);
            long households;
            Method method;
            if (census != null && census > 0) {
                households = census;
                method = Method.CENSUS;
            } else if (unit != null && unit.population() != null && unit.population() > 0) {
                households = Math.round(unit.population() / householdSize);
                method = Method.ESTIMATED;
            } else {
                households = 0;
                method = Method.NONE;
            }
            out.add(new Commune(code, unit == null ? code : unit.name(), report.asOf(), report.count(), households, method));
        });
        return new HouseholdsOnFibre(asOf, householdSize, List.copyOf(out));
    }
}

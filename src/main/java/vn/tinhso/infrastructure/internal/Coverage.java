package vn.tinhso.infrastructure.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The coverage model's answer for the province on a date, with the figures the pages and indicators use.
 *
 * @param populationAtLeast people reached by at least 2G, 3G, 4G, 5G (index 0–3) from the best operator per place
 * @param byOperator        the same per operator name
 */
public record Coverage(LocalDate asOf, int villages, int villagesWithFibre, int villagesWith4g, long population,
                       long[] populationAtLeast, Map<String, long[]> byOperator, Map<CoverageModel.Method, Integer> footprints,
                       Map<Clutter, Integer> clutters, int cells, HouseholdsOnFibre householdsOnFibre,
                       List<CommuneCoverage> communes, List<Gap> gaps, long millis) {

    public double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    public double populationShare(int tierIndex) {
        return percent(populationAtLeast[tierIndex], population);
    }

    public double villagesFibreShare() {
        return percent(villagesWithFibre, villages);
    }

    public double villages4gShare() {
        return percent(villagesWith4g, villages);
    }

    public record CommuneCoverage(String code, String name, long population, long population4g, int villages, int villages4g,
                                  int villagesFibre, double latitude, double longitude) {
        public double share4g() {
            return population == 0 ? 0 : 100.0 * population4g / population;
        }
    }

    /** A village without 4G or without fibre; {@code bestTier} 0 none, 1 2G … 4 5G. */
    public record Gap(String village, String name, String communeCode, String communeName, long population, int bestTier,
                      boolean fibre, double latitude, double longitude) {
        public boolean has4g() {
            return bestTier >= 3;
        }

        public String best() {
            return bestTier == 0 ? "—" : Technology.values()[bestTier - 1].label();
        }
    }
}

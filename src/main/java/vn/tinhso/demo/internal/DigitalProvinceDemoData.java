package vn.tinhso.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.tinhso.indicators.DataValue;
import vn.tinhso.indicators.ValueStatus;
import vn.tinhso.territory.AdminUnit;
import vn.tinhso.demo.DemoContext;
import vn.tinhso.territory.Territory;

/**
 * Generates raw values whose aggregates reproduce the figures of the 9 October 2024 article on
 * Bắc Giang: the engine must compute them; nothing here is an indicator value. GRDP per sector and
 * quarter is solved from the published growth (13.89% in 9 months of 2024, 12.25% a year earlier)
 * and the industry-construction contribution (12.92 points); retail and e-commerce per district
 * and month are scaled so that e-commerce is 16.8% of retail; survey counts per commune give 86.3%
 * of households with fibre and about 87% of adults with a smartphone. A fixed seed keeps it stable.
 */
@Component
class DigitalProvinceDemoData {

    static final LocalDate ON = DemoContext.ARTICLE_DATE;

    private static final String[] SECTORS = {"GRDP_CP_AGR", "GRDP_CP_IND", "GRDP_CP_SRV", "GRDP_CP_TAX"};
    private static final double[] QUARTER_OF_NINE_MONTHS = {0.30, 0.33};
    private static final double FOURTH_QUARTER_OF_NINE_MONTHS = 0.40;

    private final Territory territory;

    DigitalProvinceDemoData(Territory territory) {
        this.territory = territory;
    }

    /** The raw values for the province (the article's figures are old Bắc Giang's; another province gets the same shape). */
    List<DataValue> generate(String province) {
        List<DataValue> all = new ArrayList<>();
        grdp(all, province);
        retail(all, territory.units(ON, "district", province));
        survey(all, territory.units(ON, "commune", province));
        enterprises(all, territory.units(ON, "district", province));
        return all;
    }

    /** Nine-month sector values (billion VND, constant 2010 prices) solved from the published growth, then split into quarters. */
    static Map<Integer, double[]> grdpNineMonths() {
        double g2023 = 90_000;
        double g2022 = g2023 / 1.1225;
        double[] s2022 = {0.13 * g2022, 0.555 * g2022, 0.25 * g2022, 0.065 * g2022};
        double[] s2023 = {0.12 * g2023, 0.58 * g2023, 0.24 * g2023, 0.06 * g2023};
        // Points of growth by sector: industry-construction 12.92 of 13.89, the rest shared by the others.
        double[] points = {0.15, 12.92, 0.72, 0.10};
        double[] s2024 = new double[4];
        for (int i = 0; i < 4; i++) s2024[i] = s2023[i] + points[i] / 100 * g2023;
        Map<Integer, double[]> nineMonths = new LinkedHashMap<>();
        nineMonths.put(2022, s2022);
        nineMonths.put(2023, s2023);
        nineMonths.put(2024, s2024);
        return nineMonths;
    }

    private void grdp(List<DataValue> into, String province) {
        grdpNineMonths().forEach((year, sectors) -> {
            for (int i = 0; i < SECTORS.length; i++) {
                BigDecimal nine = scale(sectors[i]);
                BigDecimal q1 = scale(sectors[i] * QUARTER_OF_NINE_MONTHS[0]);
                BigDecimal q2 = scale(sectors[i] * QUARTER_OF_NINE_MONTHS[1]);
                BigDecimal q3 = nine.subtract(q1).subtract(q2);
                BigDecimal q4 = scale(sectors[i] * FOURTH_QUARTER_OF_NINE_MONTHS);
                BigDecimal[] quarters = {q1, q2, q3, q4};
                ValueStatus status = year == 2024 ? ValueStatus.PRELIMINARY : ValueStatus.OFFICIAL;
                for (int q = 0; q < 4; q++)
                    into.add(new DataValue(SECTORS[i], "", province, year + "Q" + (q + 1), quarters[q], status));
            }
        });
    }

    private void retail(List<DataValue> into, List<AdminUnit> districts) {
        Random random = new Random(2024);
        Map<Integer, Double> shareOfYear = Map.of(2022, 0.104, 2023, 0.132, 2024, 0.168);
        for (int year = 2022; year <= 2024; year++) {
            List<DataValue> nineMonthsRetail = new ArrayList<>();
            List<double[]> nineMonthsEcom = new ArrayList<>();
            List<DataValue> rest = new ArrayList<>();
            for (AdminUnit d : districts) {
                double base = 250 + (d.population() == null ? 150_000 : d.population()) / 400.0;
                double districtShare = shareOfYear.get(year) * (0.7 + 0.6 * random.nextDouble());
                for (int month = 1; month <= 12; month++) {
                    double seasonal = 1 + 0.08 * Math.sin((month - 2) / 12.0 * 2 * Math.PI) + (month == 1 || month == 2 ? 0.1 : 0);
                    double retail = base * seasonal * Math.pow(1.12, year - 2022) * (0.95 + 0.1 * random.nextDouble());
                    double ecom = retail * districtShare * (0.9 + 0.2 * random.nextDouble());
                    String period = "%d%02d".formatted(year, month);
                    DataValue r = new DataValue("RETAIL_SALES", "", d.code(), period, scale(retail), ValueStatus.OFFICIAL);
                    if (month <= 9) {
                        nineMonthsRetail.add(r);
                        nineMonthsEcom.add(new double[] {ecom});
                    } else {
                        rest.add(r);
                        rest.add(new DataValue("ECOM_SALES", "", d.code(), period, scale(ecom), ValueStatus.ESTIMATE));
                    }
                }
            }
            into.addAll(nineMonthsRetail);
            into.addAll(rest);
            // Scale the first nine months so that Σ e-commerce ÷ Σ retail is the published share.
            BigDecimal retailSum = nineMonthsRetail.stream().map(DataValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            double ecomSum = nineMonthsEcom.stream().mapToDouble(e -> e[0]).sum();
            BigDecimal wanted = scale(retailSum.doubleValue() * shareOfYear.get(year));
            double factor = wanted.doubleValue() / ecomSum;
            BigDecimal written = BigDecimal.ZERO;
            for (int i = 0; i < nineMonthsRetail.size(); i++) {
                DataValue r = nineMonthsRetail.get(i);
                BigDecimal e = i == nineMonthsRetail.size() - 1 ? wanted.subtract(written) : scale(nineMonthsEcom.get(i)[0] * factor);
                written = written.add(e);
                into.add(new DataValue("ECOM_SALES", "", r.unit(), r.period(), e, ValueStatus.OFFICIAL));
            }
        }
    }

    private void survey(List<DataValue> into, List<AdminUnit> communes) {
        Random random = new Random(863);
        Map<Integer, double[]> fibreUrbanRural = Map.of(2022, new double[] {0.82, 0.70}, 2023, new double[] {0.88, 0.77}, 2024, new double[] {0.93, 0.84});
        Map<Integer, Double> smartphone = Map.of(2022, 0.74, 2023, 0.80, 2024, 0.872);
        Map<Integer, Double> fibreTarget = Map.of(2022, 0.731, 2023, 0.795, 2024, 0.863);
        for (int year = 2022; year <= 2024; year++) {
            String period = year + "Q2";
            long[] households = new long[communes.size()];
            long[] fibre = new long[communes.size()];
            long totalHouseholds = 0, totalFibre = 0;
            for (int i = 0; i < communes.size(); i++) {
                AdminUnit c = communes.get(i);
                long population = c.population() == null ? 9_000 : c.population();
                boolean urban = !c.type().equals("Xã");
                households[i] = Math.round(population / 3.6 * Math.pow(1.01, year - 2022));
                double share = fibreUrbanRural.get(year)[urban ? 0 : 1] + 0.12 * (random.nextDouble() - 0.5);
                fibre[i] = Math.min(households[i], Math.round(households[i] * share));
                totalHouseholds += households[i];
                totalFibre += fibre[i];
                long adults = Math.round(population * 0.72 * Math.pow(1.01, year - 2022));
                long women = Math.round(adults * 0.51);
                double phones = smartphone.get(year) + 0.08 * (random.nextDouble() - 0.5) + (urban ? 0.04 : 0);
                into.add(new DataValue("ADULTS", "sex=male", c.code(), period, BigDecimal.valueOf(adults - women), ValueStatus.OFFICIAL));
                into.add(new DataValue("ADULTS", "sex=female", c.code(), period, BigDecimal.valueOf(women), ValueStatus.OFFICIAL));
                into.add(new DataValue("ADULTS_SMARTPHONE", "sex=male", c.code(), period,
                        BigDecimal.valueOf(Math.min(adults - women, Math.round((adults - women) * Math.min(0.99, phones + 0.01)))), ValueStatus.OFFICIAL));
                into.add(new DataValue("ADULTS_SMARTPHONE", "sex=female", c.code(), period,
                        BigDecimal.valueOf(Math.min(women, Math.round(women * Math.min(0.99, phones - 0.01)))), ValueStatus.OFFICIAL));
            }
            // Move single households until the province share is the surveyed one.
            long wanted = Math.round(totalHouseholds * fibreTarget.get(year));
            for (int i = 0; totalFibre != wanted; i = (i + 1) % communes.size()) {
                if (totalFibre < wanted && fibre[i] < households[i]) {
                    fibre[i]++;
                    totalFibre++;
                } else if (totalFibre > wanted && fibre[i] > 0) {
                    fibre[i]--;
                    totalFibre--;
                }
            }
            for (int i = 0; i < communes.size(); i++) {
                String area = communes.get(i).type().equals("Xã") ? "area=rural" : "area=urban";
                into.add(new DataValue("HH_TOTAL", area, communes.get(i).code(), period, BigDecimal.valueOf(households[i]), ValueStatus.OFFICIAL));
                into.add(new DataValue("HH_FIBRE", area, communes.get(i).code(), period, BigDecimal.valueOf(fibre[i]), ValueStatus.OFFICIAL));
            }
        }
    }

    private void enterprises(List<DataValue> into, List<AdminUnit> districts) {
        Random random = new Random(411);
        for (int year = 2022; year <= 2024; year++) {
            String period = year + "Q2";
            for (AdminUnit d : districts) {
                // The industrial parks (Luxshare-ICT and New Wing at Quang Châu and Vân Trung, JA Solar at Song Khê–Nội Hoàng)
                // lie in Việt Yên, Yên Dũng and the city.
                boolean parks = d.name().contains("Việt Yên") || d.name().contains("Yên Dũng") || d.name().contains("Bắc Giang");
                long outside = 300 + random.nextInt(900) + (year - 2022) * 60L;
                long inside = parks ? 40 + random.nextInt(80) + (year - 2022) * 8L : 0;
                double adoption = 0.35 + 0.1 * (year - 2022);
                add(into, "ENT_ACTIVE", d, period, "location=outside_park", outside);
                add(into, "ENT_EINVOICE", d, period, "location=outside_park", Math.round(outside * (0.86 + 0.04 * (year - 2022))));
                add(into, "ENT_PLATFORM", d, period, "location=outside_park", Math.round(outside * adoption));
                add(into, "ENT_DT_SPENDING", d, period, "location=outside_park", Math.round(outside * 0.02 * (1 + random.nextDouble())));
                if (inside > 0) {
                    add(into, "ENT_ACTIVE", d, period, "location=industrial_park", inside);
                    add(into, "ENT_EINVOICE", d, period, "location=industrial_park", inside);
                    add(into, "ENT_PLATFORM", d, period, "location=industrial_park", Math.round(inside * (0.75 + 0.08 * (year - 2022))));
                    add(into, "ENT_DT_SPENDING", d, period, "location=industrial_park", Math.round(inside * 0.9 * (1 + random.nextDouble())));
                }
            }
        }
    }

    private static void add(List<DataValue> into, String element, AdminUnit unit, String period, String disaggregation, long value) {
        into.add(new DataValue(element, disaggregation, unit.code(), period, BigDecimal.valueOf(value), ValueStatus.OFFICIAL));
    }

    private static BigDecimal scale(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP);
    }
}

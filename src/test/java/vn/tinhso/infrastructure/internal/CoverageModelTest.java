package vn.tinhso.infrastructure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class CoverageModelTest {

    private static CoverageModel.Place place(String code, double lat, double lon, long people) {
        return new CoverageModel.Place(code, "C1", lat, lon, people);
    }

    private static CoverageModel.Cell cell(long id, String mnc, Technology t, double lat, double lon, Double rangeM, Double azimuth) {
        return new CoverageModel.Cell(id, mnc, t, lat, lon, rangeM, null, azimuth, null);
    }

    @Test
    void hataUrbanRadiusAt900MhzEqualsTheHandComputedValue() {
        // By hand: log f = 2.9542, a(1.5 m) = (1.1·2.9542 − 0.7)·1.5 − (1.56·2.9542 − 0.8) = 0.0159,
        // L(1 km) = 69.55 + 26.16·2.9542 − 13.82·log 30 − 0.0159 = 126.400, slope 44.9 − 6.55·log 30 = 35.225,
        // d = 10^((140 − 126.400) / 35.225) = 2.432 km.
        assertThat(Hata.radiusKm(900, 30, 140, Clutter.URBAN).getAsDouble()).isCloseTo(2.432, within(0.001));
        // Open land: L − 4.78·(log f)² + 18.33·log f − 40.94 lowers the loss by 28.49 dB, so d = 15.68 km.
        assertThat(Hata.radiusKm(900, 30, 140, Clutter.OPEN).getAsDouble()).isCloseTo(15.68, within(0.01));
        assertThat(Hata.budget(Technology.G2).maximumPathLossDb()).isEqualTo(140);
    }

    @Test
    void hataGivesNoRadiusOutsideItsFrequenciesSoTheDefaultApplies() {
        assertThat(Hata.radiusKm(3500, 30, 140, Clutter.URBAN)).isEmpty();
        CoverageModel.Cell nr = cell(1, "04", Technology.G5, 21.0, 106.0, null, null);
        List<CoverageModel.Place> none = List.of();
        CoverageModel.Footprint f = CoverageModel.footprint(nr, new PlaceIndex(none), none);
        assertThat(f.method()).isEqualTo(CoverageModel.Method.DEFAULT);
        assertThat(f.radiusKm()).isEqualTo(0.5);
    }

    @Test
    void aDeclaredRangeComesBeforeHata() {
        CoverageModel.Cell lte = cell(1, "04", Technology.G4, 21.0, 106.0, 1234.0, null);
        List<CoverageModel.Place> none = List.of();
        CoverageModel.Footprint f = CoverageModel.footprint(lte, new PlaceIndex(none), none);
        assertThat(f.method()).isEqualTo(CoverageModel.Method.DECLARED);
        assertThat(f.radiusKm()).isEqualTo(1.234);
    }

    @Test
    void aVillageJustInsideASectorIsCoveredAndOneJustOutsideItIsNot() {
        // A sector facing east (90°) of 120°: edges at 30° and 150°. 1 km range.
        double lat = 21.0, lon = 106.0;
        double kmPerDegree = Math.toRadians(PlaceIndex.EARTH_RADIUS_KM);
        double dLat = 0.5 / kmPerDegree; // 0.5 km north on the sphere
        double dLon = 0.5 / (kmPerDegree * Math.cos(Math.toRadians(lat)));
        // Bearing 31° (inside) and 29° (outside), both 0.5 km away.
        CoverageModel.Place inside = place("in", lat + dLat * Math.cos(Math.toRadians(31)), lon + dLon * Math.sin(Math.toRadians(31)), 100);
        CoverageModel.Place outside = place("out", lat + dLat * Math.cos(Math.toRadians(29)), lon + dLon * Math.sin(Math.toRadians(29)), 100);
        // East but beyond the range: 1.01 km.
        CoverageModel.Place far = place("far", lat, lon + dLon * 2 * 1.01, 100);
        CoverageModel.Place near = place("near", lat, lon + dLon * 2 * 0.99, 100);
        List<CoverageModel.Place> places = List.of(inside, outside, far, near);
        CoverageModel.Result r = CoverageModel.compute(List.of(cell(1, "04", Technology.G4, lat, lon, 1000.0, 90.0)), places);
        assertThat(r.covered(0, 3)).isTrue();
        assertThat(r.covered(1, 3)).isFalse();
        assertThat(r.covered(2, 3)).isFalse();
        assertThat(r.covered(3, 3)).isTrue();
    }

    @Test
    void bestOperatorCoverageIsTheUnionNotTheSumOfOperators() {
        // Both operators reach village A; only Viettel reaches B; nobody reaches C.
        List<CoverageModel.Place> places = List.of(place("A", 21.0, 106.0, 1000), place("B", 21.05, 106.0, 500),
                place("C", 21.5, 106.0, 300));
        List<CoverageModel.Cell> cells = List.of(
                cell(1, "04", Technology.G4, 21.0, 106.0, 7000.0, null),
                cell(2, "02", Technology.G4, 21.0, 106.0, 1000.0, null),
                cell(3, "02", Technology.G2, 21.05, 106.0, 1000.0, null));
        CoverageModel.Result r = CoverageModel.compute(cells, places);
        long viettel = r.populationAtLeast("04", 3), vinaphone = r.populationAtLeast("02", 3);
        assertThat(viettel).isEqualTo(1500);
        assertThat(vinaphone).isEqualTo(1000);
        assertThat(r.populationAtLeast(3)).isEqualTo(1500).isNotEqualTo(viettel + vinaphone);
        // "At least 2G" takes in VinaPhone's 2G in B, which Viettel's 4G already covers: still 1,500, not 2,000.
        assertThat(r.populationAtLeast(1)).isEqualTo(1500);
        assertThat(r.population()).isEqualTo(1800);
    }

    @Test
    void theSitingSearchPicksTheSitesThatAddTheMostUncoveredPeople() {
        // Two clusters without 4G: a big one in the north (3 × 1,000) and a small one in the south (2 × 400),
        // plus a village already covered. With one site the search takes the north; with two, then the south.
        List<CoverageModel.Place> places = List.of(
                place("N1", 21.50, 106.00, 1000), place("N2", 21.51, 106.00, 1000), place("N3", 21.52, 106.00, 1000),
                place("S1", 21.00, 106.00, 400), place("S2", 21.01, 106.00, 400),
                place("X", 21.30, 106.00, 5000));
        CoverageModel.Result r = CoverageModel.compute(List.of(cell(1, "04", Technology.G4, 21.30, 106.0, 1000.0, null)), places);
        List<CoverageModel.Proposal> one = CoverageModel.siting(r, 1, 4);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).nearPlace()).startsWith("N");
        assertThat(one.get(0).peopleAdded()).isEqualTo(3000);
        List<CoverageModel.Proposal> three = CoverageModel.siting(r, 3, 4);
        assertThat(three).extracting(CoverageModel.Proposal::peopleAdded).containsExactly(3000L, 800L);
    }

    @Test
    void theSitingSearchProposesTheCentresOfH3Hexagons() {
        List<CoverageModel.Place> places = List.of(place("A", 21.50, 106.00, 1000), place("B", 21.52, 106.01, 1000));
        CoverageModel.Result r = CoverageModel.compute(List.of(), places);
        List<CoverageModel.Proposal> sites = CoverageModel.siting(r, 1, 4);
        assertThat(sites).hasSize(1);
        CoverageModel.Proposal site = sites.get(0);
        assertThat(site.peopleAdded()).isEqualTo(2000);
        var h3 = Hexagons.h3();
        assertThat(h3.isValidCell(site.hexagon())).isTrue();
        assertThat(h3.getResolution(site.hexagon())).isEqualTo(Hexagons.RESOLUTION);
        assertThat(h3.cellToLatLng(site.hexagon()).lat).isEqualTo(site.latitude());
        assertThat(h3.cellToLatLng(site.hexagon()).lng).isEqualTo(site.longitude());
        // A hexagon centre, not a village: neither A's nor B's position.
        assertThat(site.latitude()).isNotIn(21.50, 21.52);
        assertThat(site.nearPlace()).isIn("A", "B");
    }

    @Test
    void aCountryScaleRunIsSplitAcrossTheCoresAndGivesTheSameTiersAsTheCellsTakenOneBatchAtATime() {
        assertThat(CoverageModel.parts(150_000, 2)).isEqualTo(2);
        assertThat(CoverageModel.parts(150_000, 1)).isEqualTo(1);
        assertThat(CoverageModel.parts(100, 8)).isEqualTo(1);
        java.util.Random random = new java.util.Random(7);
        List<CoverageModel.Place> places = java.util.stream.IntStream.range(0, 3_000)
                .mapToObj(i -> place("P" + i, 21 + random.nextDouble() * 0.5, 106 + random.nextDouble() * 0.5, 1 + random.nextInt(500)))
                .toList();
        String[] mnc = {"01", "02", "04", "05"};
        List<CoverageModel.Cell> cells = java.util.stream.IntStream.range(0, 5_000)
                .mapToObj(i -> cell(i, mnc[i % 4], Technology.values()[random.nextInt(4)], 21 + random.nextDouble() * 0.5,
                        106 + random.nextDouble() * 0.5, random.nextBoolean() ? 300.0 + random.nextInt(3_000) : null,
                        random.nextBoolean() ? random.nextDouble() * 360 : null))
                .toList();
        CoverageModel.Result all = CoverageModel.compute(cells, places);
        byte[] expected = new byte[places.size()];
        for (int from = 0; from < cells.size(); from += 1_000) {
            byte[] part = CoverageModel.compute(cells.subList(from, from + 1_000), places).best();
            for (int i = 0; i < expected.length; i++) expected[i] = (byte) Math.max(expected[i], part[i]);
        }
        assertThat(all.best()).isEqualTo(expected);
        assertThat(all.bestByOperator()).containsOnlyKeys("01", "02", "04", "05");
        assertThat(all.methods().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5_000);
    }

    @Test
    void sitingForOneOperatorFillsThatOperatorsGapsWhichTheBestOperatorFigureDoesNotShow() {
        // A: 2,000 people reached by MobiFone's 4G only; B: 500 people reached by nobody. For the best operator only B
        // lacks 4G; for Viettel both do, and A comes first.
        List<CoverageModel.Place> places = List.of(place("A", 21.50, 106.00, 2000), place("B", 21.00, 106.00, 500));
        CoverageModel.Result r = CoverageModel.compute(List.of(cell(1, "01", Technology.G4, 21.50, 106.0, 1000.0, null)), places);
        int g4 = CoverageModel.tier(Technology.G4);
        assertThat(CoverageModel.siting(places, r.best(), g4, 2, 4)).extracting(CoverageModel.Proposal::nearPlace).containsExactly("B");
        List<CoverageModel.Proposal> viettel = CoverageModel.siting(places, new byte[2], g4, 2, 4);
        assertThat(viettel).extracting(CoverageModel.Proposal::peopleAdded).containsExactly(2000L, 500L);
        assertThat(CoverageModel.newlyReached(places, new byte[2], g4, viettel.subList(0, 1), 4)).containsExactly(true, false);
        // 5G sites reach 500 m, so a site by A does not reach B.
        assertThat(CoverageModel.siting(places, r.best(), CoverageModel.tier(Technology.G5), 1, 0.5).get(0).peopleAdded()).isEqualTo(2000);
    }
}

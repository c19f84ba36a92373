package vn.tinhso.infrastructure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.tinhso.territory.AdminUnit;

class PopulationGridTest {

    private static AdminUnit commune(String code, long population, double lat, double lon) {
        return new AdminUnit(code, code, code, "commune", 3, "xa", "D1", LocalDate.of(2020, 1, 1), null, population, lat, lon);
    }

    @Test
    void aCommuneWithoutVillagesCountsThroughAnH3GridOfItsCensusPopulation() {
        AdminUnit withVillages = commune("A", 8_000, 21.00, 106.00);
        AdminUnit without = commune("B", 10_001, 21.00, 106.06);
        List<CoverageModel.Place> grid = PopulationGrid.places(List.of(withVillages, without), Set.of("A"));

        assertThat(grid).isNotEmpty().allMatch(p -> p.communeCode().equals("B"));
        assertThat(grid.stream().mapToLong(CoverageModel.Place::population).sum()).isEqualTo(10_001);
        var h3 = Hexagons.h3();
        assertThat(grid).allMatch(p -> h3.isValidCell(p.code()) && h3.getResolution(p.code()) == Hexagons.RESOLUTION);
        // Every hexagon lies nearer to B's point than to A's, about 6.2 km west: B's grid stops half-way.
        assertThat(grid).allMatch(p -> Geo.km(p.latitude(), p.longitude(), 21.00, 106.06) <= Geo.km(p.latitude(), p.longitude(), 21.00, 106.00));
        assertThat(grid).anyMatch(p -> p.longitude() > 106.08);
        assertThat(grid.size()).isLessThan(127);
    }

    @Test
    void theCoverageModelCountsTheGridPeople() {
        AdminUnit without = commune("B", 1_270, 21.00, 106.06);
        List<CoverageModel.Place> grid = PopulationGrid.places(List.of(without), Set.of());
        assertThat(grid).hasSize(127);
        CoverageModel.Result r = CoverageModel.compute(List.of(new CoverageModel.Cell(1, "04", Technology.G4, 21.00, 106.06, 1500.0, null, null, null)), grid);
        assertThat(r.populationAtLeast(3)).isGreaterThan(0).isLessThan(1_270);
        assertThat(r.population()).isEqualTo(1_270);
    }
}

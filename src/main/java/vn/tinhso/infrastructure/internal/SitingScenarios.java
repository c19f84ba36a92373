package vn.tinhso.infrastructure.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs of the tower-siting search kept under a name, so that two budgets, technologies, operators or dates can be
 * compared later on the same footing. A scenario stores its answer, not only its question: the registry moves on,
 * and a plan that was discussed must still show what it proposed.
 */
@Service
public class SitingScenarios {

    private final JdbcClient jdbc;
    private final CoverageService coverage;

    SitingScenarios(JdbcClient jdbc, CoverageService coverage) {
        this.jdbc = jdbc;
        this.coverage = coverage;
    }

    /** The question: how many new sites, for which technology, counting one operator (MNC) or the best of all (null), on a date. */
    public record Question(String name, int budget, Technology technology, String mnc, LocalDate asOf) {
        public Question {
            if (name == null || name.isBlank()) throw new IllegalArgumentException("a scenario needs a name");
            if (budget < 1 || budget > 200) throw new IllegalArgumentException("budget must be between 1 and 200 sites");
            if (technology == null) throw new IllegalArgumentException("a scenario needs a technology");
            name = name.strip();
        }
    }

    public record Scenario(long id, String name, int budget, String technology, String mnc, LocalDate asOf, double radiusKm,
                           String operator, long population, long coveredBefore, String createdBy, Instant createdAt,
                           List<CoverageModel.Proposal> sites, long peopleAdded) {

        public double sharePercentBefore() {
            return population == 0 ? 0 : 100.0 * coveredBefore / population;
        }

        public double sharePercentAfter() {
            return population == 0 ? 0 : 100.0 * (coveredBefore + peopleAdded()) / population;
        }
    }

    /** Two scenarios side by side: people added per rank, the totals, and the people both would reach (counted once). */
    public record Comparison(Scenario a, Scenario b, List<RankRow> perRank, long overlap, long union) {
    }

    /** The people the site of that rank adds in each scenario; null where a scenario has fewer sites. */
    public record RankRow(int rank, Long a, Long b) {
    }

    @Transactional
    public Scenario save(Question q, String user) {
        if (jdbc.sql("select count(*) from infrastructure.siting_scenario where name = :n").param("n", q.name()).query(Long.class).single() > 0)
            throw new IllegalArgumentException("a scenario named " + q.name() + " exists already");
        CoverageService.Siting run = coverage.siting(q.asOf(), q.budget(), q.technology(), q.mnc());
        long id = jdbc.sql("""
                insert into infrastructure.siting_scenario (name, budget, technology, mnc, as_of, radius_km, population, covered_before, created_by)
                values (:name, :budget, :tech, :mnc, :asOf, :radius, :population, :before, :user) returning id""")
                .param("name", q.name()).param("budget", q.budget()).param("tech", q.technology().label()).param("mnc", q.mnc())
                .param("asOf", q.asOf()).param("radius", run.radiusKm()).param("population", run.population())
                .param("before", run.coveredBefore()).param("user", user).query(Long.class).single();
        for (CoverageModel.Proposal p : run.sites())
            jdbc.sql("""
                    insert into infrastructure.siting_site (scenario_id, rank, latitude, longitude, hexagon, near_place, commune_code, people_added)
                    values (:id, :rank, :lat, :lon, :hex, :near, :commune, :people)""")
                    .param("id", id).param("rank", p.rank()).param("lat", p.latitude()).param("lon", p.longitude()).param("hex", p.hexagon())
                    .param("near", p.nearPlace()).param("commune", p.communeCode()).param("people", p.peopleAdded()).update();
        return find(id).orElseThrow();
    }

    public List<Scenario> list() {
        return jdbc.sql("select id from infrastructure.siting_scenario order by created_at desc, id desc").query(Long.class).list()
                .stream().map(id -> find(id).orElseThrow()).toList();
    }

    public Optional<Scenario> find(long id) {
        List<CoverageModel.Proposal> sites = jdbc.sql("""
                select rank, latitude, longitude, hexagon, near_place, commune_code, people_added from infrastructure.siting_site
                where scenario_id = :id order by rank""").param("id", id)
                .query((rs, n) -> new CoverageModel.Proposal(rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7)))
                .list();
        return jdbc.sql("""
                select id, name, budget, technology, mnc, as_of, radius_km, population, covered_before, created_by, created_at
                from infrastructure.siting_scenario where id = :id""").param("id", id)
                .query((rs, n) -> new Scenario(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getDouble(7),
                        rs.getString(5) == null ? null : Operators.name(rs.getString(5)), rs.getLong(8), rs.getLong(9), rs.getString(10),
                        rs.getTimestamp(11).toInstant(), sites, sites.stream().mapToLong(CoverageModel.Proposal::peopleAdded).sum()))
                .optional();
    }

    /**
     * Side by side. The overlap is the people in places that both scenarios' sites would newly reach, each scenario
     * judged on its own date, technology and operator, and the places matched by code (a village, or an H3 cell of a
     * commune without villages).
     */
    private Map<String, Long> reached(Scenario s) {
        return coverage.newlyReached(s.asOf(), Technology.ofLabel(s.technology()).orElseThrow(), s.mnc(), s.sites(), s.radiusKm());
    }

    public Comparison compare(Scenario a, Scenario b) {
        Map<String, Long> reachedByA = reached(a), reachedByB = reached(b);
        long overlap = 0;
        for (Map.Entry<String, Long> e : reachedByA.entrySet()) if (reachedByB.containsKey(e.getKey())) overlap += e.getValue();
        List<RankRow> perRank = new ArrayList<>();
        Map<Integer, Long> byRankA = new HashMap<>(), byRankB = new HashMap<>();
        a.sites().forEach(s -> byRankA.put(s.rank(), s.peopleAdded()));
        b.sites().forEach(s -> byRankB.put(s.rank(), s.peopleAdded()));
        for (int rank = 1; rank <= Math.max(a.sites().size(), b.sites().size()); rank++)
            perRank.add(new RankRow(rank, byRankA.get(rank), byRankB.get(rank)));
        return new Comparison(a, b, perRank, overlap, a.peopleAdded() + b.peopleAdded() - overlap);
    }
}

package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.tinhso.access.PersonalDataReads;
import vn.tinhso.access.Role;
import vn.tinhso.cameras.PlateNumber;

/** Where a plate has been: its reads in time order with the cameras' positions, for a role with a stated purpose, audited. */
@Service
public class PlateHistory {

    public record Sighting(long readId, Instant at, String camera, String cameraName, Double latitude, Double longitude, String display,
                    String vehicleClass, String direction, boolean hit) {
    }

    private final JdbcClient jdbc;
    private final PersonalDataReads gate;

    PlateHistory(JdbcClient jdbc, PersonalDataReads gate) {
        this.jdbc = jdbc;
        this.gate = gate;
    }

    public List<Sighting> of(String plate, Instant from, Instant to, String purpose) {
        PlateNumber p = PlateNumber.parse(plate);
        gate.authorize("plate", p.canonical(), purpose, Role.ADMIN, Role.CAMERA_OPERATOR);
        return jdbc.sql("""
                select r.id, r.at, r.camera, c.name, c.latitude, c.longitude, r.display, r.vehicle_class, r.direction, r.hit
                from cameras.read r join cameras.camera c on c.code = r.camera
                where r.canonical = :canonical and r.at >= :from and r.at < :to order by r.at limit 5000""")
                .param("canonical", p.canonical()).param("from", from.atOffset(ZoneOffset.UTC)).param("to", to.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Sighting(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), (Double) rs.getObject(5), (Double) rs.getObject(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getBoolean(10))).list();
    }
}

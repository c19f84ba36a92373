package vn.tinhso.cameras.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.tinhso.cameras.PlateNumber;
import vn.tinhso.cameras.Recognition;

/** Collects what one format says about one read; every format ends in the same {@link Recognition}. */
final class ReadBuilder {

    final String format;
    String camera;
    Instant time;
    Recognition.Type type = Recognition.Type.PLATE;
    String plateText;
    String plateColour;
    Double confidence;
    String vehicleKind;
    String vehicleColour;
    Integer lane;
    String direction;
    String listName;
    String passId;
    String lifecycle;
    Double speedKmh;
    Double speedLimitKmh;
    String violationCode;
    String faceId;
    List<Double> embedding = new ArrayList<>();
    Long count;
    final List<Recognition.Image> images = new ArrayList<>();

    ReadBuilder(String format) {
        this.format = format;
    }

    Recognition build() {
        if (time == null) throw new BadPayload(format + " event without a time");
        PlateNumber plate = null;
        if (type == Recognition.Type.PLATE) {
            if (plateText == null || plateText.isBlank()) throw new BadPayload(format + " plate event without a plate");
            plate = PlateNumber.parse(plateText, motorbike(), colour(plateColour));
        }
        return new Recognition(format, camera, time, type, plateText, plate, confidence, vehicleClass(vehicleKind),
                blankToNull(vehicleColour), lane, direction(direction), blankToNull(listName), blankToNull(passId),
                lifecycle, speedKmh, speedLimitKmh, blankToNull(violationCode), blankToNull(faceId), embedding, count, images);
    }

    private Boolean motorbike() {
        String k = vehicleClass(vehicleKind);
        return k == null ? null : k.equals("motorbike");
    }

    /** Vendors' vehicle types mapped to the classes traffic counts use. */
    static String vehicleClass(String kind) {
        if (kind == null || kind.isBlank()) return null;
        String k = kind.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        if (k.matches("motor(bike|cycle)|motorbicycle|twowheeler|bicycle|scooter|ebike|motorvehicle2")) return "motorbike";
        if (k.matches("bus|coach|minibus|largebus|middlebus")) return "bus";
        if (k.matches("truck|lorry|heavytruck|lighttruck|largetruck|van|pickup|pickuptruck|tanker|trailer|mediumtruck|smalltruck")) return "truck";
        if (k.matches("car|saloon|salooncar|sedan|suv|mpv|vehicle|smallcar|passengercar|hatchback|jeep|taxi")) return "car";
        return k;
    }

    static String colour(String c) {
        if (c == null || c.isBlank()) return null;
        String k = c.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "white", "whiteplate", "trắng", "trang" -> "white";
            case "yellow", "yellowplate", "vàng", "vang" -> "yellow";
            case "blue", "blueplate", "xanh" -> "blue";
            case "red", "redplate", "đỏ", "do" -> "red";
            case "black", "blackplate", "đen" -> "black";
            default -> k;
        };
    }

    private static String direction(String d) {
        if (d == null || d.isBlank()) return null;
        String k = d.strip().toLowerCase(Locale.ROOT);
        return switch (k) {
            case "forward", "in", "approach", "approaching", "entry", "1" -> "in";
            case "reverse", "out", "away", "leave", "leaving", "exit", "2" -> "out";
            default -> k;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

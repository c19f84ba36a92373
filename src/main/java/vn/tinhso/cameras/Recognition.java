package vn.tinhso.cameras;

import java.time.Instant;
import java.util.List;

/**
 * One thing a camera recognised, in the platform's terms whatever the vendor's format: a plate read, a face match or a
 * count. Fields a format does not carry are null.
 *
 * @param format     the format it came in ({@code onvif}, {@code hikvision}, {@code dahua}, {@code axis}, {@code frigate}, {@code generic})
 * @param camera     the camera's code as the payload names it (serial, IP, name), or the receiver's path when it does not
 * @param passId     the camera's id of the vehicle's pass (Dahua group, Axis car id, ONVIF object id, Frigate id): reads
 *                   of one pass share it and are merged into one
 * @param lifecycle  {@code new}, {@code update} or {@code lost} where the camera follows a car (Axis), else null
 * @param listName   the camera's own list the plate is on (Hikvision allowList/blockList), else null
 * @param faceId     the enrolment id of a face match, else null
 * @param embedding  a face embedding to match against the enrolled faces, else empty
 */
public record Recognition(String format, String camera, Instant time, Type type, String plateText, PlateNumber plate,
                          Double confidence, String vehicleKind, String vehicleColour, Integer lane, String direction,
                          String listName, String passId, String lifecycle, Double speedKmh, Double speedLimitKmh,
                          String violationCode, String faceId, List<Double> embedding, Long count, List<Image> images) {

    public enum Type { PLATE, FACE, COUNT }

    public Recognition {
        embedding = embedding == null ? List.of() : List.copyOf(embedding);
        images = images == null ? List.of() : List.copyOf(images);
    }

    public Recognition withCamera(String code) {
        return new Recognition(format, code, time, type, plateText, plate, confidence, vehicleKind, vehicleColour, lane,
                direction, listName, passId, lifecycle, speedKmh, speedLimitKmh, violationCode, faceId, embedding, count, images);
    }

    public Recognition withImages(List<Image> all) {
        return new Recognition(format, camera, time, type, plateText, plate, confidence, vehicleKind, vehicleColour, lane,
                direction, listName, passId, lifecycle, speedKmh, speedLimitKmh, violationCode, faceId, embedding, count, all);
    }

    /**
     * A picture that came with the read. {@code content} is held only between receiving and storing; what is kept is
     * the SHA-256 and where the file is (or the camera's own URI when it sent a reference, not the bytes).
     */
    public record Image(String name, String contentType, String sha256, String uri, byte[] content) {

        public long size() {
            return content == null ? 0 : content.length;
        }
    }
}

package vn.tinhso.cameras.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tinhso.cameras.Recognition;

class RecognitionFormatsTest {

    static final ZoneOffset VN = ZoneOffset.ofHours(7);

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = RecognitionFormatsTest.class.getResourceAsStream("/cameras/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A Hikvision ANPR push: the XML part and two JPEGs, as the camera sends them. */
    static byte[] hikvisionMultipart(String boundary) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"anpr.xml\"; filename=\"anpr.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        b.write(fixture("hikvision-anpr.xml"));
        b.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"licensePlatePicture.jpg\"; filename=\"licensePlatePicture.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        b.write(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, '\r', '\n', '-', '-', (byte) 0xFF, (byte) 0xD9});
        b.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"detectionPicture.jpg\"; filename=\"detectionPicture.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        b.write(new byte[] {(byte) 0xFF, (byte) 0xD8, 9, 9, 9, (byte) 0xFF, (byte) 0xD9});
        b.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return b.toByteArray();
    }

    @Test
    void aHikvisionAnprPushGivesThePlateCameraTimeLaneDirectionAndBothImagesWithTheirHashes() throws IOException {
        List<Recognition> reads = RecognitionFormats.read(hikvisionMultipart("MIME_boundary"),
                "multipart/form-data; boundary=MIME_boundary", "auto", VN);
        assertThat(reads).hasSize(1);
        Recognition r = reads.get(0);
        assertThat(r.format()).isEqualTo("hikvision");
        assertThat(r.camera()).isEqualTo("44:19:b6:7a:00:15");
        assertThat(r.time()).isEqualTo(Instant.parse("2026-11-28T02:15:02.340Z"));
        assertThat(r.plate().display()).isEqualTo("98A-123.45");
        assertThat(r.lane()).isEqualTo(2);
        assertThat(r.direction()).isEqualTo("in");
        assertThat(r.confidence()).isEqualTo(0.93);
        assertThat(r.vehicleKind()).isEqualTo("car");
        assertThat(r.speedKmh()).isEqualTo(62.0);
        assertThat(r.listName()).isEqualTo("blockList");
        assertThat(r.images()).extracting(Recognition.Image::name).containsExactly("licensePlatePicture.jpg", "detectionPicture.jpg");
        assertThat(r.images().get(0).content()).hasSize(12);
        assertThat(r.images().get(0).sha256()).isEqualTo(RecognitionFormats.sha256(r.images().get(0).content()));
    }

    @Test
    void anOnvifLicensePlateNotificationGivesAMotorbikeReadWithImageReferences() throws IOException {
        Recognition r = RecognitionFormats.read(fixture("onvif-licenseplate.xml"), "application/xml", "auto", VN).get(0);
        assertThat(r.format()).isEqualTo("onvif");
        assertThat(r.time()).isEqualTo(Instant.parse("2026-11-28T02:20:11.125Z"));
        assertThat(r.plate().canonical()).isEqualTo("99B123456");
        assertThat(r.plate().kind().name()).isEqualTo("MOTORBIKE");
        assertThat(r.vehicleKind()).isEqualTo("motorbike");
        assertThat(r.passId()).isEqualTo("3301");
        assertThat(r.direction()).isEqualTo("in");
        assertThat(r.images()).extracting(Recognition.Image::uri).containsExactly("http://10.24.2.7/snap/3301-plate.jpg",
                "http://10.24.2.7/snap/3301-vehicle.jpg");
    }

    @Test
    void aDahuaGroupOfThreeImagesBecomesOnePassWithTheCamerasViolationCode() throws IOException {
        List<Recognition> reads = RecognitionFormats.read(fixture("dahua-group.json"), "application/json", "auto", VN);
        assertThat(reads).hasSize(1);
        Recognition r = reads.get(0);
        assertThat(r.passId()).isEqualTo("5512");
        assertThat(r.time()).isEqualTo(Instant.ofEpochMilli(1796436000L * 1000 + 250));
        assertThat(r.plate().display()).isEqualTo("98C-056.78");
        assertThat(r.plate().colour()).isEqualTo("yellow");
        assertThat(r.vehicleKind()).isEqualTo("truck");
        assertThat(r.speedKmh()).isEqualTo(71.0);
        assertThat(r.speedLimitKmh()).isEqualTo(60.0);
        assertThat(r.violationCode()).isEqualTo("RunRedLight");
        assertThat(r.lane()).isEqualTo(1);
    }

    @Test
    void dahuaKeyValueTextReadsLikeItsJson() throws IOException {
        Recognition r = RecognitionFormats.read(fixture("dahua-keyvalue.txt"), "text/plain", "auto", VN).get(0);
        assertThat(r.format()).isEqualTo("dahua");
        assertThat(r.plate().canonical()).isEqualTo("29A99988");
        assertThat(r.vehicleKind()).isEqualTo("car");
        assertThat(r.lane()).isEqualTo(2);
        assertThat(r.time()).isEqualTo(Instant.ofEpochMilli(1796436300L * 1000 + 5));
    }

    @Test
    void anAxisUpdateCorrectsThePlateOfItsNewRead() throws IOException {
        byte[] both = (new String(fixture("axis-new.json"), StandardCharsets.UTF_8) + "\n"
                + new String(fixture("axis-update.json"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        List<Recognition> reads = RecognitionFormats.read(both, "application/json", "auto", VN);
        assertThat(reads).hasSize(1);
        Recognition r = reads.get(0);
        assertThat(r.camera()).isEqualTo("ACCC8E5A0041");
        assertThat(r.plate().canonical()).isEqualTo("98A76900");
        assertThat(r.lifecycle()).isEqualTo("update");
        assertThat(r.time()).isEqualTo(Instant.parse("2026-11-28T02:15:01.123Z"));
        assertThat(r.confidence()).isEqualTo(0.94);
    }

    @Test
    void frigatePlateAndFaceMessagesAreRead() throws IOException {
        Recognition plate = RecognitionFormats.read(fixture("frigate-lpr.json"), "application/json", "auto", VN).get(0);
        assertThat(plate.format()).isEqualTo("frigate");
        assertThat(plate.camera()).isEqualTo("cong_ubnd");
        assertThat(plate.plate().display()).isEqualTo("30H-123.45");
        assertThat(plate.time()).isEqualTo(Instant.ofEpochMilli(1764321322481L));
        Recognition face = RecognitionFormats.read(fixture("frigate-face.json"), "application/json", "auto", VN).get(0);
        assertThat(face.type()).isEqualTo(Recognition.Type.FACE);
        assertThat(face.faceId()).isEqualTo("enrol-0042");
    }

    @Test
    void anXxePayloadIsRefusedAndReadsNoFile() {
        assertThatThrownBy(() -> RecognitionFormats.read(fixture("xxe.xml"), "application/xml", "auto", VN))
                .isInstanceOf(BadPayload.class).hasMessageContaining("DTD");
    }

    @Test
    void payloadsInNoKnownFormatAreRefusedWithTheReason() {
        assertThatThrownBy(() -> RecognitionFormats.read("{\"hello\":1}".getBytes(), "application/json", "auto", VN))
                .isInstanceOf(BadPayload.class).hasMessageContaining("none of the known formats");
        assertThatThrownBy(() -> RecognitionFormats.read("{not json".getBytes(), "application/json", "auto", VN))
                .isInstanceOf(BadPayload.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> RecognitionFormats.read(new byte[0], "application/json", "auto", VN))
                .isInstanceOf(BadPayload.class);
        assertThatThrownBy(() -> RecognitionFormats.read("{\"camera\":\"c\",\"time\":\"yesterday\",\"plate\":\"98A12345\"}".getBytes(),
                "application/json", "auto", VN)).isInstanceOf(BadPayload.class).hasMessageContaining("ISO 8601");
    }

    @Test
    void theParseCommandPrintsOneJsonLinePerReadWithUtcMilliseconds() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("hik", ".bin");
        java.nio.file.Files.write(file, hikvisionMultipart("b0undary"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CamerasParseCommand().run(List.of(file.toString()), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(line.lines()).hasSize(1);
        assertThat(line).contains("\"time\":\"2026-11-28T02:15:02.340Z\"", "\"canonical\":\"98A12345\"", "\"display\":\"98A-123.45\"",
                "\"province_code\":\"98\"", "\"lane\":2", "\"sha256\":\"");
    }

    @Test
    void thePlatesCommandWritesCsv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new PlatesNormaliseCommand().run(List.of(), new java.io.ByteArrayInputStream("98a 123.45\n98B1-1234\nXX\n".getBytes()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "input,canonical,display,valid,kind,province_code,problem",
                "98a 123.45,98A12345,98A-123.45,true,car,98,",
                "98B1-1234,98B11234,98B1-1234,true,motorbike,98,",
                "XX,XX,XX,false,unknown,,unreadable: length 2");
    }
}

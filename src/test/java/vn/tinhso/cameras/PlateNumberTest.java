package vn.tinhso.cameras;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PlateNumberTest {

    @Test
    void aCarPlateHasItsCanonicalKeyDisplayFormAndProvince() {
        PlateNumber p = PlateNumber.parse("98A-123.45");
        assertThat(p.valid()).isTrue();
        assertThat(p.canonical()).isEqualTo("98A12345");
        assertThat(p.display()).isEqualTo("98A-123.45");
        assertThat(p.kind()).isEqualTo(PlateNumber.Kind.CAR);
        assertThat(p.province(LocalDate.of(2024, 9, 30))).contains("Bắc Giang");
        assertThat(p.province(LocalDate.of(2025, 7, 1))).contains("Bắc Ninh");
        assertThat(PlateNumber.parse("99A-123.45").province(LocalDate.of(2025, 7, 1))).contains("Bắc Ninh");
    }

    @Test
    void twoLineMotorbikePlatesJoinTopLineFirst() {
        PlateNumber p = PlateNumber.parse("98B1\n123.45");
        assertThat(p.canonical()).isEqualTo("98B112345");
        assertThat(p.display()).isEqualTo("98B1-123.45");
        assertThat(p.kind()).isEqualTo(PlateNumber.Kind.MOTORBIKE);
        assertThat(PlateNumber.parse("29MĐ1-234.56").kind()).isEqualTo(PlateNumber.Kind.MOTORBIKE);
        assertThat(PlateNumber.parse("29MĐ1-234.56").valid()).isTrue();
    }

    @Test
    void anOldFourDigitSerialStaysValidAndTheLayoutTellsAMotorbikeFromACar() {
        assertThat(PlateNumber.parse("98A-1234").display()).isEqualTo("98A-1234");
        assertThat(PlateNumber.parse("98A-1234").valid()).isTrue();
        PlateNumber motorbike = PlateNumber.parse("98B1-1234");
        assertThat(motorbike.kind()).isEqualTo(PlateNumber.Kind.MOTORBIKE);
        assertThat(motorbike.display()).isEqualTo("98B1-1234");
        // Without separators the text alone cannot tell; the camera's vehicle type can.
        assertThat(PlateNumber.parse("98B11234", true, null).kind()).isEqualTo(PlateNumber.Kind.MOTORBIKE);
        assertThat(PlateNumber.parse("98B11234", false, null).display()).isEqualTo("98B-112.34");
        assertThat(PlateNumber.parse("98B11234", true, null).canonical()).isEqualTo(PlateNumber.parse("98B11234").canonical());
    }

    @Test
    void specialSeriesAndMilitaryPlatesAreRecognised() {
        assertThat(PlateNumber.parse("80NG-123.45").kind()).isEqualTo(PlateNumber.Kind.DIPLOMATIC);
        assertThat(PlateNumber.parse("51LD-123.45").kind()).isEqualTo(PlateNumber.Kind.SPECIAL);
        assertThat(PlateNumber.parse("51LD-123.45").valid()).isTrue();
        assertThat(PlateNumber.parse("98R-012.34").kind()).isEqualTo(PlateNumber.Kind.TRAILER);
        PlateNumber military = PlateNumber.parse("KA-12-34");
        assertThat(military.kind()).isEqualTo(PlateNumber.Kind.MILITARY);
        assertThat(military.display()).isEqualTo("KA-12-34");
        assertThat(military.colour()).isEqualTo("red");
        assertThat(military.valid()).isTrue();
    }

    @Test
    void misreadCharactersAreCorrectedByPosition() {
        PlateNumber p = PlateNumber.parse("98A-I23.4S");
        assertThat(p.canonical()).isEqualTo("98A12345");
        assertThat(p.corrected()).isTrue();
        assertThat(PlateNumber.parse("980-123.45").canonical()).isEqualTo("98D12345");
        assertThat(PlateNumber.parse("9BA12345").canonical()).isEqualTo("98A12345");
        assertThat(PlateNumber.parse("98A12345").corrected()).isFalse();
    }

    @Test
    void platesThatCannotBeIssuedAreFlaggedWithTheReason() {
        assertThat(PlateNumber.parse("98I-123.45").problem()).contains("letter I");
        assertThat(PlateNumber.parse("13A-123.45").problem()).contains("no province has plate code 13");
        assertThat(PlateNumber.parse("98A-000.00").valid()).isFalse();
        assertThat(PlateNumber.parse("98A-12").valid()).isFalse();
        assertThat(PlateNumber.parse("").valid()).isFalse();
        assertThat(PlateNumber.parse("98A-123.45!").valid()).isFalse();
    }

    @Test
    void everyGeneratedPlateRoundTripsThroughItsDisplayFormAndLowerCaseSpacedText() {
        Random random = new Random(7);
        String letters = "ABCDEFGHKLMNPSTUVXYZ";
        String[] provinces = {"11", "12", "14", "29", "30", "51", "98", "99"};
        for (int i = 0; i < 2000; i++) {
            String province = provinces[random.nextInt(provinces.length)];
            char letter = letters.charAt(random.nextInt(letters.length()));
            boolean motorbike = random.nextBoolean();
            String series = motorbike ? letter + String.valueOf(1 + random.nextInt(9)) : String.valueOf(letter);
            int serial = 1 + random.nextInt(99_999);
            String digits = String.format("%05d", serial);
            String display = province + series + "-" + digits.substring(0, 3) + "." + digits.substring(3);
            PlateNumber p = PlateNumber.parse(display);
            assertThat(p.valid()).as(display).isTrue();
            assertThat(p.display()).as(display).isEqualTo(display);
            assertThat(p.kind()).as(display).isEqualTo(motorbike ? PlateNumber.Kind.MOTORBIKE : PlateNumber.Kind.CAR);
            PlateNumber spaced = PlateNumber.parse(" " + display.toLowerCase().replace("-", " ").replace(".", "") + " ");
            assertThat(spaced.canonical()).as(display).isEqualTo(p.canonical());
        }
    }
}

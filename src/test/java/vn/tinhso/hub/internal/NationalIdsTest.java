package vn.tinhso.hub.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class NationalIdsTest {

    @Test
    void aPersonalIdNamesTheProvinceCenturySexAndBirthYear() {
        PersonalId id = new PersonalId("024195012345");
        assertThat(id.provinceCode()).isEqualTo("024");
        assertThat(id.sex()).isEqualTo("female");
        assertThat(id.birthYear()).isEqualTo(1995);
        assertThat(new PersonalId("001203000007").birthYear()).isEqualTo(2003);
        assertThat(new PersonalId("001303000007").sex()).isEqualTo("female");
        assertThat(new PersonalId("079088000001").sex()).isEqualTo("male");
    }

    @Test
    void aPersonalIdShowsOnlyItsLastFourDigits() {
        assertThat(new PersonalId("024195012345").masked()).isEqualTo("********2345");
        assertThat(new PersonalId("024195012345").toString()).doesNotContain("0241950");
    }

    @Test
    void aPersonalIdWithTheWrongLengthOrAnUnknownProvinceIsRefused() {
        assertThat(PersonalId.isValid("02419501234")).isFalse();
        assertThat(PersonalId.isValid("02419501234a")).isFalse();
        assertThat(PersonalId.problem("003195012345", null)).hasValueSatisfying(p -> assertThat(p).contains("003"));
        assertThat(PersonalId.isValid("097195012345")).isFalse();
        assertThatThrownBy(() -> new PersonalId("12345")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCenturyDigitMustAgreeWithTheBirthDate() {
        assertThat(PersonalId.problem("024095012345", LocalDate.of(1995, 3, 1))).isEmpty();
        assertThat(PersonalId.problem("024295012345", LocalDate.of(1995, 3, 1))).hasValueSatisfying(p -> assertThat(p).contains("2095"));
        assertThat(PersonalId.problem("024094012345", LocalDate.of(1995, 3, 1))).isPresent();
    }

    @Test
    void aTaxCodeCarriesItsCheckDigit() {
        // 010010111: 0·31+1·29+0·23+0·19+1·17+0·13+1·7+1·5+1·3 = 61, 61 mod 11 = 6, check 4
        assertThat(TaxCode.checkDigit("010010111")).isEqualTo(4);
        assertThat(TaxCode.isValid("0100101114")).isTrue();
        assertThat(TaxCode.problem("0100101115")).hasValueSatisfying(p -> assertThat(p).contains("should be 4"));
        assertThat(TaxCode.isValid("0100109106")).as("a published tax code").isTrue();
    }

    @Test
    void aBranchTaxCodeHasThirteenDigitsWithOrWithoutAHyphen() {
        assertThat(TaxCode.of("0100101114-001").value()).isEqualTo("0100101114001");
        assertThat(TaxCode.of("0100101114001").isBranch()).isTrue();
        assertThat(TaxCode.of("0100101114001").parent()).isEqualTo("0100101114");
        assertThat(TaxCode.isValid("0100101114-000")).isFalse();
        assertThat(TaxCode.isValid("0100101115-001")).isFalse();
        assertThat(TaxCode.isValid("01001011140")).isFalse();
    }

    @Test
    void nineDigitsWhoseCheckWouldBeTenFormNoTaxCode() {
        // 3·29 + 1·23 = 110 ≡ 0 (mod 11)
        assertThat(TaxCode.checkDigit("031000000")).isEqualTo(10);
        for (int d = 0; d <= 9; d++) assertThat(TaxCode.isValid("031000000" + d)).isFalse();
    }
}

package vn.tinhso.workforce;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A course as a steward enters it; on update the code comes from the address. */
public record CourseDraft(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}") String code,
                          @NotBlank String programme,
                          @NotBlank @Size(max = 500) String title,
                          @NotBlank @Size(max = 500) String titleEn,
                          @NotBlank String topic,
                          @NotBlank @Size(max = 300) String organiser) {

    public CourseDraft withCode(String newCode) {
        return new CourseDraft(newCode, programme, title, titleEn, topic, organiser);
    }
}

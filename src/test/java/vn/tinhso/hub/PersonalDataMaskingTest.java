package vn.tinhso.hub;

import vn.tinhso.hub.internal.PersonalRead;
import vn.tinhso.hub.internal.Citizens;
import vn.tinhso.hub.internal.CitizenView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;

@SpringBootTest
@ActiveProfiles("test")
class PersonalDataMaskingTest {

    @Autowired Citizens citizens;
    @Autowired Imports imports;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void aCitizen() {
        if (jdbc.sql("select count(*) from hub.citizen where personal_id = '096175000701'").query(Long.class).single() == 0) {
            var job = imports.runNow(new ImportRequest("masking-citizen.csv", """
                    personal_id,full_name,birth_date,sex,ethnicity,commune
                    096175000701,Ngô Thị Mai Hương,1975-07-01,female,Nùng,07210
                    """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "masking test", "steward", false));
            assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        }
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String user, String... roles) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "x",
                AuthorityUtils.createAuthorityList(java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new))));
    }

    private long key() {
        return citizens.search("096175000701", 5).get(0).key();
    }

    @Test
    void aSearchShowsOnlyTheLastFourDigitsInitialsAndTheBirthYear() {
        signIn("masking-viewer", "VIEWER");
        CitizenView v = citizens.search("Mai Hương", 10).get(0);
        assertThat(v.personalId()).isEqualTo("********0701");
        assertThat(v.fullName()).isEqualTo("N. T. M. H.");
        assertThat(v.birthDate()).isEqualTo("1975");
        assertThat(v.ethnicity()).isEqualTo("***");
        assertThat(v.revealed()).isEmpty();
        assertThat(citizens.search("0701", 10)).extracting(CitizenView::key).contains(v.key());
    }

    @Test
    void aStewardWithAPurposeSeesBasicDataWholeButNotTheSensitive() {
        signIn("masking-steward", "DATA_STEWARD");
        CitizenView v = citizens.reveal(key(), "Dossier 2024/311: social allowance").orElseThrow();
        assertThat(v.personalId()).isEqualTo("096175000701");
        assertThat(v.fullName()).isEqualTo("Ngô Thị Mai Hương");
        assertThat(v.birthDate()).isEqualTo("1975-07-01");
        assertThat(v.ethnicity()).isEqualTo("***");
        signIn("masking-admin", "ADMIN");
        assertThat(citizens.reveal(key(), "Ethnic minority support programme").orElseThrow().ethnicity()).isEqualTo("Nùng");
    }

    @Test
    void withoutTheRoleOrWithoutAPurposeNothingIsShownWhole() {
        signIn("masking-curious", "VIEWER");
        assertThatThrownBy(() -> citizens.reveal(key(), "just curious")).isInstanceOf(AccessDeniedException.class);
        signIn("masking-hasty", "DATA_STEWARD");
        assertThatThrownBy(() -> citizens.reveal(key(), " ")).isInstanceOf(AccessDeniedException.class);
        signIn("masking-steward2", "DATA_STEWARD");
        assertThat(citizens.readsOf("096175000701", "Subject access request 17")).extracting(PersonalRead::actor)
                .doesNotContain("masking-curious", "masking-hasty");
    }

    @Test
    void thePersonCanLearnWhoLookedAtTheirDataAndWhy() {
        signIn("masking-reader", "DATA_STEWARD");
        citizens.reveal(key(), "Land dispute case 88");
        signIn("masking-dpo", "ADMIN");
        assertThat(citizens.readsOf("096175000701", "Subject access request 18"))
                .anySatisfy(r -> {
                    assertThat(r.actor()).isEqualTo("masking-reader");
                    assertThat(r.purpose()).isEqualTo("Land dispute case 88");
                    assertThat(r.fields()).contains("personal_id").doesNotContain("ethnicity");
                });
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'personal.read' and actor = 'masking-reader'"
                + " and object_id = '096175000701'").query(Long.class).single()).isEqualTo(1);
    }
}

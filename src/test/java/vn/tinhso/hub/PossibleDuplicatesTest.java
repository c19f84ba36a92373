package vn.tinhso.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.tinhso.catalog.ImportRequest;
import vn.tinhso.catalog.ImportStatus;
import vn.tinhso.catalog.Imports;
import vn.tinhso.hub.internal.Matches;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PossibleDuplicatesTest {

    @Autowired MockMvc mvc;
    @Autowired Imports imports;
    @Autowired Matches matches;

    @Test
    void twoIdsWithOneNameAndBirthDateAreShownMaskedUntilAStewardDecides() throws Exception {
        var job = imports.runNow(new ImportRequest("duplicates.csv", """
                personal_id,full_name,birth_date,sex,commune
                096066001101,Triệu Văn Khánh,1966-06-06,male,07210
                096066001102,triệu văn khánh,1966-06-06,male,07246
                096066001103,Triệu Văn Khánh,1966-06-07,male,07246
                """.getBytes(StandardCharsets.UTF_8), "hub.citizens", null, "duplicates test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        var group = matches.open(500).stream().filter(g -> g.members().contains("********1101")).findFirst().orElseThrow();
        assertThat(group.members()).containsExactly("********1101", "********1102");
        assertThat(group.label()).isEqualTo("T. V. K. · 1966");

        mvc.perform(get("/hub/matches").with(user("dup-viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/hub/matches").with(user("dup-steward").roles("DATA_STEWARD"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("********1102"), not(containsString("096066001101")),
                        not(containsString("Triệu Văn Khánh")))));
        mvc.perform(post("/hub/matches/decisions").param("key", group.key()).param("decision", "distinct").param("note", "twins")
                .with(csrf()).with(user("dup-steward").roles("DATA_STEWARD"))).andExpect(status().is3xxRedirection());
        assertThat(matches.open(500)).noneMatch(g -> g.key().equals(group.key()));
    }

    @Test
    void enterprisesOfOneNameInOneCommuneAreAskedAboutUnlessTheyAreAParentAndItsBranch() {
        var job = imports.runNow(new ImportRequest("duplicate-enterprises.csv", """
                tax_code,name,commune,status
                0100109106-021,Công ty Trùng Tên,07210,active
                0100109106-022,Công ty Trùng Tên,07210,active
                0100101114,CÔNG TY TRÙNG TÊN,07210,active
                """.getBytes(StandardCharsets.UTF_8), "hub.enterprises", null, "duplicates test", "steward", false));
        assertThat(job.status()).isEqualTo(ImportStatus.ACCEPTED);
        assertThat(matches.open(500)).filteredOn(g -> g.kind().equals("enterprise") && g.members().contains("0100101114"))
                .singleElement().satisfies(g -> assertThat(g.members()).contains("0100109106021", "0100109106022"));
    }
}

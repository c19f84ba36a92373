package vn.tinhso.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PersonalDataGateTest {

    @Autowired PersonalDataReads gate;
    @Autowired JdbcClient jdbc;

    @Test
    @WithMockUser(username = "officer", roles = "CAMERA_OPERATOR")
    void aReadWithTheRoleAndAPurposeIsAllowedAndAudited() {
        gate.authorize("plate", "98A-12345", "case 2024/117: stolen vehicle", Role.CAMERA_OPERATOR);
        assertThat(jdbc.sql("select purpose from access.audit_log where action = 'personal.read' and object_id = '98A-12345'")
                .query(String.class).list()).containsExactly("case 2024/117: stolen vehicle");
    }

    @Test
    @WithMockUser(username = "officer2", roles = "CAMERA_OPERATOR")
    void aReadWithoutAPurposeIsRefusedAndTheAttemptAudited() {
        assertThatThrownBy(() -> gate.authorize("plate", "98A-99999", " ", Role.CAMERA_OPERATOR))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("purpose");
        assertThat(jdbc.sql("select count(*) from access.audit_log where action = 'personal.denied' and object_id = '98A-99999'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "curious", roles = "VIEWER")
    void aReadWithoutTheRoleIsRefusedEvenWithAPurpose() {
        assertThatThrownBy(() -> gate.authorize("face", "f-1", "just looking", Role.CAMERA_OPERATOR, Role.ADMIN))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("roles");
    }
}

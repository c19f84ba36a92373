package vn.tinhso.demo.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tinhso.access.Accounts;
import vn.tinhso.access.Role;

/** One account per role with a known password, listed in docs/demo.md. Created in demo mode only. */
@Component
class DemoUsers {

    /** User name → role; the password is the user name followed by "-demo". */
    static final Map<String, Role> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("demo-admin", Role.ADMIN);
        ACCOUNTS.put("analyst", Role.ANALYST);
        ACCOUNTS.put("steward", Role.DATA_STEWARD);
        ACCOUNTS.put("soc", Role.SOC_ANALYST);
        ACCOUNTS.put("operator", Role.CAMERA_OPERATOR);
        ACCOUNTS.put("face", Role.FACE_ANALYST);
        ACCOUNTS.put("viewer", Role.VIEWER);
    }

    private final Accounts accounts;

    DemoUsers(Accounts accounts) {
        this.accounts = accounts;
    }

    void create() {
        ACCOUNTS.forEach((username, role) -> accounts.createIfAbsent(username,
                "Demo " + role.name().toLowerCase().replace('_', ' '), username + "-demo", EnumSet.of(role)));
    }
}

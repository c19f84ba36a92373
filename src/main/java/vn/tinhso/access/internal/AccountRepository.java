package vn.tinhso.access.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tinhso.access.Account;
import vn.tinhso.access.Role;

@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredAccount(Account account, String passwordHash, int failedAttempts, Instant lockedUntil) {
    }

    Optional<StoredAccount> find(String username) {
        return jdbc.sql("select * from access.account where username = :u").param("u", username)
                .query((rs, n) -> stored(rs)).optional();
    }

    Optional<StoredAccount> findById(long id) {
        return jdbc.sql("select * from access.account where id = :id").param("id", id)
                .query((rs, n) -> stored(rs)).optional();
    }

    boolean insertIfAbsent(String username, String displayName, String passwordHash, Set<Role> roles) {
        return jdbc.sql("""
                insert into access.account (username, display_name, password_hash, roles)
                values (:u, :d, :p, :r) on conflict (username) do nothing""")
                .param("u", username).param("d", displayName).param("p", passwordHash)
                .param("r", roles.stream().map(Enum::name).toArray(String[]::new)).update() == 1;
    }

    boolean updateRoles(String username, Set<Role> roles) {
        return jdbc.sql("update access.account set roles = :r where username = :u")
                .param("r", roles.stream().map(Enum::name).toArray(String[]::new)).param("u", username).update() == 1;
    }

    long count() {
        return jdbc.sql("select count(*) from access.account").query(Long.class).single();
    }

    void recordSuccess(String username) {
        jdbc.sql("update access.account set failed_attempts = 0, locked_until = null where username = :u")
                .param("u", username).update();
    }

    private static StoredAccount stored(ResultSet rs) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        Account account = new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                roles(rs.getArray("roles")), rs.getBoolean("enabled"));
        return new StoredAccount(account, rs.getString("password_hash"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }

    static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}

package vn.tinhso.access;

import java.util.Set;

public record Account(long id, String username, String displayName, Set<Role> roles, boolean enabled) {
}

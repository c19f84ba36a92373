package vn.tinhso.indicators.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tinhso.territory.AdminUnit;

/** The administrative tree as it stood on one date, held in memory for the duration of a request. */
final class UnitTree {

    final LocalDate date;
    private final Map<String, AdminUnit> units = new HashMap<>();
    private final Map<String, List<AdminUnit>> children = new HashMap<>();

    UnitTree(LocalDate date, List<AdminUnit> all) {
        this.date = date;
        for (AdminUnit u : all) units.put(u.code(), u);
        for (AdminUnit u : all) if (u.parentCode() != null) children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
    }

    AdminUnit unit(String code) {
        return units.get(code);
    }

    List<AdminUnit> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The unit itself if of that level, else its ancestor of that level; null when there is none. */
    String atLevel(String code, String level) {
        AdminUnit u = units.get(code);
        int guard = 0;
        while (u != null && guard++ < 16) {
            if (u.level().equals(level)) return u.code();
            u = u.parentCode() == null ? null : units.get(u.parentCode());
        }
        return null;
    }

    /** The unit's parent, its parent's parent and so on, without the unit itself. */
    List<String> ancestors(String code) {
        List<String> found = new ArrayList<>();
        AdminUnit u = units.get(code);
        int guard = 0;
        while (u != null && u.parentCode() != null && guard++ < 16) {
            found.add(u.parentCode());
            u = units.get(u.parentCode());
        }
        return found;
    }

    boolean isWithin(String code, String root) {
        AdminUnit u = units.get(code);
        int guard = 0;
        while (u != null && guard++ < 16) {
            if (u.code().equals(root)) return true;
            u = u.parentCode() == null ? null : units.get(u.parentCode());
        }
        return false;
    }

    /** Units of a level below (or equal to) {@code root}, ordered by code. */
    List<AdminUnit> within(String root, String level) {
        List<AdminUnit> found = new ArrayList<>();
        collect(units.get(root), level, found);
        found.sort(java.util.Comparator.comparing(AdminUnit::code));
        return found;
    }

    private void collect(AdminUnit u, String level, List<AdminUnit> into) {
        if (u == null) return;
        if (u.level().equals(level)) {
            into.add(u);
            return;
        }
        for (AdminUnit c : children(u.code())) collect(c, level, into);
    }
}

package vn.tinhso.dashboard;

import java.util.List;

/** A module's links in the top bar; modules appear in dependency order, a module's links in the order it gives. */
public interface NavigationContributor {

    List<NavigationEntry> navigation();
}

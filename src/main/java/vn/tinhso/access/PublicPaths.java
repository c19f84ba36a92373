package vn.tinhso.access;

import java.util.List;

/**
 * URLs a module opens to everyone, signed in or not, for reading only (GET and HEAD), such as published open data.
 * Whatever is served under them must hold no personal data; every other method on them still needs a role.
 */
public interface PublicPaths {

    /** Path patterns in Spring's syntax, e.g. {@code /api/hub/open/**}. */
    List<String> publicReads();
}

package vn.tinhso.catalog;

import java.util.List;
import java.util.Optional;

/** The one import path of the platform: every module's files come in through here. */
public interface Imports {

    /**
     * Records the attempt as a new version of its dataset and checks and writes it in the
     * background. Throws {@link ImportRefused} when the kind is not given and cannot be recognised.
     */
    ImportJob submit(ImportRequest request);

    /** Same as {@link #submit} but waits for the job to finish (demo generator, command line). */
    ImportJob runNow(ImportRequest request);

    Optional<ImportJob> job(long id);

    /** The kinds modules have registered, by code. */
    List<String> kinds();

    /** The columns a kind expects, for templates and help; empty when there is no such kind. */
    java.util.Optional<List<ColumnSpec>> columns(String kind);

    /** What a kind's template holds: its columns, an example row and the codes its columns accept. */
    java.util.Optional<ImportTemplate> template(String kind);
}

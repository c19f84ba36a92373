package vn.tinhso.catalog;

/** The catalog cannot even start an import (unknown kind, unreadable file with no kind given). */
public class ImportRefused extends RuntimeException {

    public ImportRefused(String message) {
        super(message);
    }
}

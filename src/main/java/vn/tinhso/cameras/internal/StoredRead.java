package vn.tinhso.cameras.internal;

import java.time.Instant;

import vn.tinhso.cameras.Recognition;

/** A read as stored: its row id, the camera it was attributed to, and whether it opened a new pass. */
record StoredRead(long id, String camera, Recognition read, boolean newPass, Instant at) {
}

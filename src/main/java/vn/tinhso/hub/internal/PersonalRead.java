package vn.tinhso.hub.internal;

import java.time.Instant;

/** Somebody saw a person's data whole: who, when, why, and which fields. */
public record PersonalRead(Instant at, String actor, String purpose, String fields) {
}

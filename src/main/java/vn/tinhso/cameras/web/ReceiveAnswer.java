package vn.tinhso.cameras.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.tinhso.cameras.RecognitionIntake;

/** What a camera's push is answered with: how many reads were stored, their ids and hits, or where it was kept aside. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReceiveAnswer(int stored, int hits, List<Long> reads, Long setAside, String detail) {

    static ReceiveAnswer of(RecognitionIntake.Received r) {
        return new ReceiveAnswer(r.stored(), r.hits(), r.readIds(), r.setAside(),
                r.setAside() == null ? null : "Kept aside for review, not processed: " + r.reason());
    }
}

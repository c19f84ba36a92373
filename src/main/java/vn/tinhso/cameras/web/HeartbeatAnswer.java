package vn.tinhso.cameras.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A heartbeat's answer: the camera, and why it was not taken when the camera is not registered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HeartbeatAnswer(String camera, String detail) {
}

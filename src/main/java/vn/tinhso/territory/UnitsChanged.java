package vn.tinhso.territory;

/** Published after units were added or their periods changed while running (villages imported, a list replaced). */
public record UnitsChanged(String cause) {
}

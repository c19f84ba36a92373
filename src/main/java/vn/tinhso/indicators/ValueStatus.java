package vn.tinhso.indicators;

/** The vintage of a value: an estimate is revised by a preliminary figure, which an official one replaces. */
public enum ValueStatus { ESTIMATE, PRELIMINARY, OFFICIAL }

package vn.tinhso.streams.internal;

import org.springframework.stereotype.Component;

import vn.tinhso.streams.EventLog;
import vn.tinhso.streams.IntakeHealth;

@Component
class IntakeCounters implements IntakeHealth {

    private final SyslogReceivers receivers;
    private final EventLog log;

    IntakeCounters(SyslogReceivers receivers, EventLog log) {
        this.receivers = receivers;
        this.log = log;
    }

    @Override
    public Counters counters() {
        return new Counters(receivers.udpDropped(), log.deadLetters());
    }
}

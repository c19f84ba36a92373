package vn.tinhso.workforce.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tinhso.workforce.WorkforceDemoData;

@Component("workforceDemoOnStart")
@ConditionalOnProperty(name = "tinhso.demo.enabled", havingValue = "true")
class DemoOnStart {

    private final WorkforceDemoData demo;

    DemoOnStart(WorkforceDemoData demo) {
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        demo.load();
    }
}

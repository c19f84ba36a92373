package vn.tinhso.indicators.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.tinhso.indicators.IndicatorDemoData;

/** With the demo on, the packs have values to show from the first start; loading again changes nothing. */
@Component("indicatorsDemoOnStart")
@ConditionalOnProperty(name = "tinhso.demo.enabled", havingValue = "true")
class DemoOnStart {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final IndicatorDemoData demo;

    DemoOnStart(IndicatorDemoData demo) {
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        log.info("Indicator demo data: {} values new or changed", demo.load());
    }
}

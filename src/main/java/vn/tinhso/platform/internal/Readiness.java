package vn.tinhso.platform.internal;

import vn.tinhso.platform.StartupStep;
/** Whether start-up is over: every module's {@link StartupStep}s (the demo province among them) have run. */
public interface Readiness {

    boolean ready();
}

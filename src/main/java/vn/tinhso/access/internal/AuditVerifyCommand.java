package vn.tinhso.access.internal;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import vn.tinhso.access.AuditLog;
import vn.tinhso.access.AuditVerification;
import vn.tinhso.platform.AdminCommand;

/** {@code java -jar tinhso.jar audit verify}: exit 0 when the chain is intact, 1 at the first broken link. */
@Component
class AuditVerifyCommand implements AdminCommand {

    private final AuditLog audit;

    AuditVerifyCommand(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public int run(PrintStream out) {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            out.println("Audit log intact: " + result.rowsChecked() + " rows checked.");
            return 0;
        }
        out.println("Audit log BROKEN at row " + result.firstBrokenId() + ": " + result.problem()
                + " (" + result.rowsChecked() + " rows checked).");
        return 1;
    }
}

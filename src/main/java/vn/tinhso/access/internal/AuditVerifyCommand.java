package vn.tinhso.access.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import vn.tinhso.access.AuditLog;
import vn.tinhso.access.AuditVerification;
import vn.tinhso.platform.AdminCommand;

/**
 * {@code java -jar tinhso.jar audit verify}: exit 0 when the chain is intact and matches every signed
 * checkpoint, 1 at the first broken link, 2 when it could not be checked.
 */
@Component
class AuditVerifyCommand implements AdminCommand {

    private final AuditLog audit;
    private final AuditCheckpoints checkpoints;

    AuditVerifyCommand(AuditLog audit, AuditCheckpoints checkpoints) {
        this.audit = audit;
        this.checkpoints = checkpoints;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public int run(PrintStream out) {
        AuditVerification result;
        int anchors;
        try {
            result = audit.verify();
            anchors = checkpoints.read().size();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            out.println("Audit log NOT CHECKED: " + e.getMessage());
            return 2;
        }
        if (result.intact()) {
            out.println("Audit log intact: " + result.rowsChecked() + " rows checked against " + anchors
                    + " signed checkpoints in " + checkpoints.file() + ".");
            return 0;
        }
        out.println("Audit log BROKEN at row " + result.firstBrokenId() + ": " + result.problem()
                + " (" + result.rowsChecked() + " rows checked).");
        return 1;
    }
}

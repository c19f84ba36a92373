package vn.tinhso.access.internal;

import java.io.IOException;
import java.io.PrintStream;

import org.springframework.stereotype.Component;

import vn.tinhso.platform.AdminCommand;

/**
 * {@code java -jar tinhso.jar audit rotate-key}: appends a new checkpoint key, which signs from now
 * on, and writes a checkpoint with it. Older keys stay to verify what they signed.
 */
@Component
class AuditRotateKeyCommand implements AdminCommand {

    private final AuditCheckpoints checkpoints;

    AuditRotateKeyCommand(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public String name() {
        return "audit rotate-key";
    }

    @Override
    public int run(PrintStream out) {
        try {
            int key = checkpoints.rotateKey();
            AuditCheckpoint checkpoint = checkpoints.write();
            out.println("Audit checkpoint key " + key + " added to " + checkpoints.keyFile() + "; checkpoint of row "
                    + checkpoint.rowId() + " signed with it in " + checkpoints.file() + ".");
            return 0;
        } catch (IOException e) {
            out.println("Could not rotate the audit checkpoint key: " + e.getMessage());
            return 2;
        }
    }
}

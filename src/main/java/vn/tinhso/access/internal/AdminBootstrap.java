package vn.tinhso.access.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.StartupNotice;
import vn.tinhso.platform.StartupStep;
import vn.tinhso.access.Role;

/**
 * On the first start there is nobody to log in: create {@code admin} with a random password and
 * print it once to the console, as the last lines of start-up (after "ready at"). It is never logged and cannot be
 * shown again.
 */
@Component
class AdminBootstrap implements StartupStep, StartupNotice {

    private final AccountService accounts;
    private final String command;
    private volatile List<String> pending = List.of();

    AdminBootstrap(AccountService accounts, @Value("${tinhso.command:}") String command) {
        this.accounts = accounts;
        this.command = command;
    }

    @Override
    public void run() {
        if (!command.isEmpty() || accounts.find("admin").isPresent()) {
            return;
        }
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (accounts.createIfAbsent("admin", "Administrator", password, EnumSet.of(Role.ADMIN))) {
            pending = List.of("",
                    "=================================================================",
                    " TinhSo first start: account 'admin' created.",
                    " Password (shown only this once): " + password,
                    "=================================================================",
                    "");
        }
    }

    /** The password, handed once to the platform's "ready" banner and then forgotten. */
    @Override
    public synchronized List<String> lines() {
        List<String> lines = pending;
        pending = List.of();
        return lines;
    }
}

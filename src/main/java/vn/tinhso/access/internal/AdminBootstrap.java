package vn.tinhso.access.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.StartupStep;
import vn.tinhso.access.Role;

/**
 * On the first start there is nobody to log in: create {@code admin} with a random password and
 * print it once to the console. It is never logged and cannot be shown again.
 */
@Component
class AdminBootstrap implements StartupStep {

    private final AccountService accounts;
    private final String command;

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
            System.out.println();
            System.out.println("=================================================================");
            System.out.println(" TinhSo first start: account 'admin' created.");
            System.out.println(" Password (shown only this once): " + password);
            System.out.println("=================================================================");
            System.out.println();
        }
    }
}

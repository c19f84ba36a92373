package vn.tinhso.hub.web;

import java.security.Principal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.tinhso.access.Role;
import vn.tinhso.hub.internal.ConnectorRun;
import vn.tinhso.hub.internal.ConnectorSpec;
import vn.tinhso.hub.internal.ConnectorState;
import vn.tinhso.hub.internal.Connectors;
import vn.tinhso.hub.internal.JdbcSourceSpec;
import vn.tinhso.platform.NotFoundException;

@RestController
@RequestMapping("/api/hub/connectors")
class ConnectorApi {

    private final Connectors connectors;

    ConnectorApi(Connectors connectors) {
        this.connectors = connectors;
    }

    @GetMapping
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    List<ConnectorState> list() {
        return connectors.list();
    }

    @PostMapping
    @PreAuthorize(Role.IS_ADMIN)
    ConnectorState register(@RequestBody ConnectorSpec spec) {
        return connectors.register(spec);
    }

    /** A database source; the answer shows no password (it may also come from the configuration). */
    @PostMapping("/jdbc")
    @PreAuthorize(Role.IS_ADMIN)
    ConnectorState registerJdbc(@RequestBody JdbcSourceSpec spec) {
        return connectors.registerJdbc(spec);
    }

    /** Runs the connector now, in the caller's name and for the purpose they state (both travel with every request). */
    @PostMapping("/{code}/runs")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    ConnectorRun run(@PathVariable String code, @RequestParam String purpose, Principal principal) {
        if (connectors.state(code).isEmpty()) throw new NotFoundException("no connector " + code);
        if (purpose.isBlank()) throw new IllegalArgumentException("state the purpose of the pull");
        try {
            return connectors.run(code, principal.getName(), purpose.strip());
        } catch (IllegalStateException running) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, running.getMessage());
        }
    }

    @GetMapping("/{code}/runs")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    List<ConnectorRun> runs(@PathVariable String code) {
        return connectors.runs(code, 50);
    }
}

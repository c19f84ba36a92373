package vn.tinhso.hub.web;

import java.security.Principal;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.hub.internal.DatasetRule;
import vn.tinhso.hub.internal.DatasetRules;
import vn.tinhso.hub.internal.RegistryRetention;
import vn.tinhso.platform.NotFoundException;

/** Each registry's publication and retention rule, and the retention purge on demand. */
@RestController
@RequestMapping("/api/hub")
class DatasetRulesApi {

    private final DatasetRules rules;
    private final RegistryRetention retention;

    DatasetRulesApi(DatasetRules rules, RegistryRetention retention) {
        this.rules = rules;
        this.retention = retention;
    }

    @GetMapping("/rules")
    @PreAuthorize(Role.IS_ADMIN_OR_STEWARD)
    List<DatasetRule> all() {
        return rules.all();
    }

    record RuleChange(boolean blockPublication, Integer retentionDays) {
    }

    @PutMapping("/rules/{registry}")
    @PreAuthorize(Role.IS_ADMIN)
    DatasetRule set(@PathVariable String registry, @RequestBody RuleChange change, Principal who) {
        if (!DatasetRules.REGISTRIES.contains(registry)) throw new NotFoundException("no registry " + registry);
        return rules.set(new DatasetRule(registry, change.blockPublication(), change.retentionDays()), who.getName());
    }

    @PostMapping("/retention/purge")
    @PreAuthorize(Role.IS_ADMIN)
    List<RegistryRetention.Purged> purge(Principal who) {
        return retention.purge(who.getName());
    }
}

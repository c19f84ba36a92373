package vn.tinhso.security.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tinhso.access.Role;
import vn.tinhso.security.endpoints.Endpoint;
import vn.tinhso.security.endpoints.EndpointInventory;
import vn.tinhso.security.endpoints.EndpointLimits;

/** The anti-malware endpoints of every vendor in one view, hosts with stale signatures or gone silent flagged. */
@Controller
@PreAuthorize(Role.IS_ADMIN_OR_SOC)
class EndpointPages {

    private final EndpointInventory inventory;
    private final EndpointLimits limits;

    EndpointPages(EndpointInventory inventory, EndpointLimits limits) {
        this.inventory = inventory;
        this.limits = limits;
    }

    @GetMapping("/security/endpoints")
    String endpoints(@RequestParam(required = false) String agency, @RequestParam(required = false) String vendor,
                     @RequestParam(defaultValue = "false") boolean flagged, Model model) {
        LocalDate today = LocalDate.now();
        List<Endpoint> all = inventory.find(new EndpointInventory.Filter(agency, vendor, false), today);
        List<Endpoint> shown = flagged ? all.stream().filter(Endpoint::flagged).toList() : all;
        model.addAttribute("endpoints", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("stale", all.stream().filter(Endpoint::staleSignatures).count());
        model.addAttribute("silent", all.stream().filter(Endpoint::silent).count());
        model.addAttribute("detections", all.stream().mapToLong(Endpoint::detections30d).sum());
        model.addAttribute("byVendor", EndpointInventory.byVendor(all));
        model.addAttribute("agencies", inventory.agencies());
        model.addAttribute("vendors", inventory.vendors());
        model.addAttribute("agency", agency == null ? "" : agency);
        model.addAttribute("vendor", vendor == null ? "" : vendor);
        model.addAttribute("flagged", flagged);
        model.addAttribute("limits", limits);
        return "security/endpoints";
    }

    @GetMapping("/api/security/endpoints")
    @ResponseBody
    List<Endpoint> api(@RequestParam(required = false) String agency, @RequestParam(required = false) String vendor,
                       @RequestParam(defaultValue = "false") boolean flagged) {
        return inventory.find(new EndpointInventory.Filter(agency, vendor, flagged), LocalDate.now());
    }
}

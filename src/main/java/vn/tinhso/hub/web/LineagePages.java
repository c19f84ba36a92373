package vn.tinhso.hub.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.tinhso.hub.internal.Lineage;
import vn.tinhso.hub.internal.LineageGraph;

/** Where an indicator value or an open-data file came from: a page with the graph and the versions, and the same as JSON. */
@Controller
class LineagePages {

    private final Lineage lineage;

    LineagePages(Lineage lineage) {
        this.lineage = lineage;
    }

    @GetMapping("/hub/lineage")
    String value(@RequestParam String dx, @RequestParam String pe, @RequestParam(defaultValue = "${tinhso.province:24}") String ou, Model model) {
        return page(lineage.ofValue(dx, pe, ou), "/api/hub/lineage?dx=" + dx + "&pe=" + pe + "&ou=" + ou, model);
    }

    @GetMapping("/hub/lineage/open/{dataset}")
    String openData(@PathVariable String dataset, Model model) {
        return page(lineage.ofOpenData(dataset), "/api/hub/lineage/open/" + dataset, model);
    }

    private String page(LineageGraph graph, String api, Model model) {
        model.addAttribute("graph", graph);
        model.addAttribute("api", api);
        return "hub/lineage";
    }

    @GetMapping("/api/hub/lineage")
    @ResponseBody
    LineageGraph valueJson(@RequestParam String dx, @RequestParam String pe, @RequestParam(defaultValue = "${tinhso.province:24}") String ou) {
        return lineage.ofValue(dx, pe, ou);
    }

    @GetMapping("/api/hub/lineage/open/{dataset}")
    @ResponseBody
    LineageGraph openDataJson(@PathVariable String dataset) {
        return lineage.ofOpenData(dataset);
    }
}

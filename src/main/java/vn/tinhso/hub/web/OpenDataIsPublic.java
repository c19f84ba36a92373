package vn.tinhso.hub.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tinhso.access.PublicPaths;

/** The open-data catalogue and its distributions are readable without signing in; they hold no personal field. */
@Component
class OpenDataIsPublic implements PublicPaths {

    @Override
    public List<String> publicReads() {
        return List.of("/api/hub/open/**");
    }
}

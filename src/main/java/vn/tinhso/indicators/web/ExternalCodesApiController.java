package vn.tinhso.indicators.web;

import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tinhso.access.Role;
import vn.tinhso.indicators.internal.ExternalCodes;
import vn.tinhso.platform.NotFoundException;

/**
 * {@code GET /api/indicators/mappings?source=moit}: the source's mapping table and the identifiers its imports could not
 * translate, with suggestions; {@code PUT} adds or changes a mapping, {@code DELETE} removes one (writers).
 */
@RestController
@RequestMapping("/api/indicators/mappings")
class ExternalCodesApiController {

    private final ExternalCodes codes;

    ExternalCodesApiController(ExternalCodes codes) {
        this.codes = codes;
    }

    record Tables(List<ExternalCodes.Mapping> mappings, List<ExternalCodes.Unmapped> unmapped) {
    }

    record MappingRequest(@NotBlank @Size(max = 255) String source, @NotNull ExternalCodes.Kind kind,
                          @NotBlank @Size(max = 255) String externalId, @NotNull @Size(max = 255) String code) {
    }

    @GetMapping
    Tables tables(@RequestParam(required = false) String source) {
        return new Tables(codes.mappings(source), codes.unmapped(source));
    }

    @PutMapping
    @PreAuthorize(Role.IS_WRITER)
    ExternalCodes.Mapping put(@Valid @RequestBody MappingRequest request, Principal user) {
        return codes.put(request.source(), request.kind(), request.externalId(), request.code(), user.getName());
    }

    @DeleteMapping
    @PreAuthorize(Role.IS_WRITER)
    ResponseEntity<Void> delete(@RequestParam String source, @RequestParam ExternalCodes.Kind kind, @RequestParam String externalId) {
        if (!codes.delete(source, kind, externalId)) throw new NotFoundException("no mapping of " + kind + " '" + externalId + "' for " + source);
        return ResponseEntity.noContent().build();
    }
}

package vn.tinhso.catalog.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;

import vn.tinhso.catalog.ImportRequest;

/** Uploads become import requests on a temporary file, never a byte array in memory. */
final class Uploads {

    private Uploads() {
    }

    /** The catalog deletes the spooled copy once the job is done; a request that cannot be made deletes it here. */
    static ImportRequest request(MultipartFile file, String kind, String dataset, String source, String username,
                                 boolean acceptValidRows, Set<String> options) throws IOException {
        Path spooled = Files.createTempFile("tinhso-upload-", ".upload");
        try {
            file.transferTo(spooled);
            return ImportRequest.ofFile(file.getOriginalFilename(), spooled, kind, dataset, source, username, acceptValidRows, options);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(spooled);
            throw e;
        }
    }
}

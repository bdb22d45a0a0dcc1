package uk.providerportal.cases;

import java.io.IOException;
import java.io.InputStream;

/** A case record file the caller may download: its name and type, and a way to stream its content. */
public record FileDownload(String fileName, String mediaType, long size, Content content) {

    public interface Content {
        InputStream open() throws IOException;
    }
}

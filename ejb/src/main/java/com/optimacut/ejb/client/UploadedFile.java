package com.optimacut.ejb.client;

import java.io.Serializable;

/**
 * The outcome of an upload.
 *
 * @param file the stored file
 * @param duplicate {@code true} when the client already had a file with the same content, which is
 *     returned instead of a second copy
 */
public record UploadedFile(ClientFileSummary file, boolean duplicate) implements Serializable {

    private static final long serialVersionUID = 1L;
}

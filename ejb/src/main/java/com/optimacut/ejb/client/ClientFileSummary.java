package com.optimacut.ejb.client;

import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.layout.LayoutFormat;
import java.io.Serializable;
import java.time.Instant;

/**
 * A file in a client's storage without its bytes.
 *
 * @param measures the analysis of a DXF or SVG file, or {@code null}
 * @param manualDimensions the dimensions entered by hand for another format, or {@code null}
 */
public record ClientFileSummary(long id, long clientId, String fileName, LayoutFormat format, long sizeBytes,
        String sha256, Instant uploadedAt, String uploadedBy, AnalysedMeasures measures,
        FileDimensions manualDimensions) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Returns whether pricing still needs dimensions entered by hand for this file. */
    public boolean needsDimensions() {
        return measures == null && manualDimensions == null;
    }

    static ClientFileSummary of(ClientFile file) {
        return new ClientFileSummary(file.getId(), file.getClient().getId(), file.getOriginalName(), file.getFormat(),
                file.getSizeBytes(), file.getSha256(), file.getUploadedAt(), file.getUploadedBy(),
                AnalysedMeasures.of(file.getMeasures()), FileDimensions.of(file.getManualDimensions()));
    }
}

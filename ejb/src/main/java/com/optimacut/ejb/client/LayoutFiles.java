package com.optimacut.ejb.client;

import com.optimacut.domain.layout.LayoutFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Digest and media type of uploaded layout files. */
final class LayoutFiles {

    private LayoutFiles() {
    }

    /** Returns the SHA-256 of {@code content} as 64 lower-case hex digits. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest contract).
            throw new IllegalStateException(e);
        }
    }

    /** Returns the media type to store and download a file of {@code format} under, or {@code null}. */
    static String contentType(LayoutFormat format) {
        return switch (format) {
            case DXF -> "image/vnd.dxf";
            case SVG -> "image/svg+xml";
            case PDF -> "application/pdf";
            case AI -> "application/postscript";
            case CDR -> "application/vnd.corel-draw";
            case RASTER, UNKNOWN -> null;
        };
    }
}

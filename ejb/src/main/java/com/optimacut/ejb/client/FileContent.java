package com.optimacut.ejb.client;

import java.io.Serializable;

/** The bytes of a client's file with the name and media type to download it under. */
public record FileContent(String fileName, String contentType, byte[] content) implements Serializable {

    private static final long serialVersionUID = 1L;
}

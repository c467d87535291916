package com.optimacut.domain.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The bytes of a {@link ClientFile}, in a table of their own with the same id.
 * <p>
 * The bytes live in the database rather than on a disk so that every server node of a cluster
 * reads the same files and a database backup includes them. The row is written once with its
 * file and never changed, so it has no version.
 */
@Entity
@Table(name = "client_file_content")
public class ClientFileContent {

    /** Largest accepted file, in bytes. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private ClientFile file;

    @Column(nullable = false)
    private byte[] content;

    protected ClientFileContent() {
        // for JPA
    }

    /**
     * Holds {@code content} for {@code file}; persist both in one transaction.
     *
     * @throws IllegalArgumentException when the content is larger than {@link #MAX_BYTES} or its
     *     length differs from the file's recorded size
     */
    public ClientFileContent(ClientFile file, byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length > MAX_BYTES || content.length != file.getSizeBytes()) {
            throw new IllegalArgumentException("content length " + content.length + " does not fit file " + file.getId());
        }
        this.file = file;
        this.content = content.clone();
    }

    public Long getFileId() {
        return fileId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}

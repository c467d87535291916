package com.optimacut.domain.client;

import com.optimacut.domain.layout.LayoutAnalysis;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.shared.TextField;
import com.optimacut.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file in the client's storage («Файловый менеджер клиента»), usually a layout. This row contains
 * the file's description; the bytes are in {@link ClientFileContent}, so that listing files never
 * loads them.
 * <p>
 * A DXF or SVG file stores the numbers of its {@linkplain #recordAnalysis analysis}. A file that
 * cannot be analysed (PDF, AI, CDR, raster) takes {@linkplain #enterManualDimensions dimensions
 * entered by hand}. A file that failed analysis is not stored at all.
 */
@Entity
@Table(name = "client_file")
@NamedQuery(name = ClientFile.BY_CLIENT,
        query = "select f from ClientFile f where f.client = :client order by f.uploadedAt desc, f.id desc")
@NamedQuery(name = ClientFile.BY_CLIENT_AND_SHA256,
        query = "select f from ClientFile f where f.client = :client and f.sha256 = :sha256")
public class ClientFile {

    /** The files of {@code :client}, newest first, as the layout choice lists them. */
    public static final String BY_CLIENT = "ClientFile.byClient";
    /** The client's files with the SHA-256 {@code :sha256}, to offer an existing copy of an upload. */
    public static final String BY_CLIENT_AND_SHA256 = "ClientFile.byClientAndSha256";

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Id
    @SequenceGenerator(name = "client_file_seq", sequenceName = "client_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_file_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false)
    private Client client;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LayoutFormat format;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Embedded
    private LayoutMeasures measures;

    @Embedded
    private ManualDimensions manualDimensions;

    @Version
    private long version;

    protected ClientFile() {
        // for JPA
    }

    /**
     * Describes an uploaded file.
     *
     * @param sha256 the SHA-256 of the content as 64 lower-case hex digits
     * @param format the kind detected by {@link LayoutFormat#detect}
     * @throws DomainRuleException {@code text.required} or {@code text.tooLong} for the name, or
     *     {@code clientFile.invalid} for a negative size or a malformed digest
     */
    public ClientFile(Client client, String originalName, String contentType, long sizeBytes, String sha256,
            LayoutFormat format, String uploadedBy, Instant uploadedAt) {
        if (sizeBytes < 0 || sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new DomainRuleException("clientFile.invalid");
        }
        this.client = Objects.requireNonNull(client, "client");
        this.originalName = Texts.require(originalName, TextField.FILE_NAME);
        this.contentType = Texts.optional(contentType, TextField.CONTENT_TYPE);
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.format = Objects.requireNonNull(format, "format");
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /**
     * Stores the numbers of a successful analysis of this file.
     *
     * @throws DomainRuleException {@code clientFile.notAnalysable} when the format cannot be analysed
     */
    public void recordAnalysis(LayoutAnalysis analysis) {
        if (!format.isAnalysable()) {
            throw new DomainRuleException("clientFile.notAnalysable", originalName);
        }
        this.measures = new LayoutMeasures(analysis);
    }

    /**
     * Stores dimensions entered by hand.
     *
     * @throws DomainRuleException {@code clientFile.dimensionsFromAnalysis} for a DXF or SVG file,
     *     whose dimensions come from its analysis
     */
    public void enterManualDimensions(ManualDimensions dimensions) {
        if (format.isAnalysable()) {
            throw new DomainRuleException("clientFile.dimensionsFromAnalysis", originalName);
        }
        this.manualDimensions = Objects.requireNonNull(dimensions, "dimensions");
    }

    /** Returns whether pricing has dimensions for this file, measured or entered. */
    public boolean hasDimensions() {
        return (measures != null && measures.isPresent()) || (manualDimensions != null && manualDimensions.isPresent());
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public LayoutFormat getFormat() {
        return format;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    /** Returns the analysis numbers, or {@code null} when the file was not analysed. */
    public LayoutMeasures getMeasures() {
        return measures != null && measures.isPresent() ? measures : null;
    }

    /** Returns the dimensions entered by hand, or {@code null}. */
    public ManualDimensions getManualDimensions() {
        return manualDimensions != null && manualDimensions.isPresent() ? manualDimensions : null;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "ClientFile[id=" + id + ", format=" + format + "]";
    }
}

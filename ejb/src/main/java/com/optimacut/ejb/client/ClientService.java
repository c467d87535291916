package com.optimacut.ejb.client;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.client.ClientFileContent;
import com.optimacut.domain.client.SpecialPrice;
import com.optimacut.domain.layout.LayoutAnalysis;
import com.optimacut.domain.layout.LayoutAnalysisException;
import com.optimacut.domain.layout.LayoutAnalyzer;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.common.Callers;
import com.optimacut.ejb.common.Page;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Clients and their file storage. Managers do everything here; integrators (the website, the
 * accounting system) find, create and update contacts.
 */
@Stateless
public class ClientService {

    private static final Logger LOG = Logger.getLogger(ClientService.class.getName());

    /** Digits of a phone number compared in a search: the subscriber number without the country code. */
    private static final int PHONE_DIGITS_COMPARED = 10;

    /** One analyzer for every call: it has no mutable state. */
    private static final LayoutAnalyzer ANALYZER = new LayoutAnalyzer();

    @PersistenceContext(unitName = "optimacut")
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Creates a client with contacts.
     *
     * @throws BusinessException {@code text.required} or {@code text.tooLong} for a field,
     *     {@code client.email.invalid}; nothing is stored then
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public ClientDetails create(ClientContacts contacts) {
        Client client = new Client(contacts.name(), Instant.now());
        applyContacts(client, contacts);

        em.persist(client);
        em.flush();
        LOG.info(() -> "Client " + client.getId() + " created by " + caller());
        return ClientDetails.of(client);
    }

    /**
     * Replaces a client's name and contacts.
     *
     * @param version the version the caller read; another means someone changed the client since
     * @throws BusinessException {@code client.notFound}, {@code concurrent.modification},
     *     {@code text.required}, {@code text.tooLong}, {@code client.email.invalid}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public ClientDetails updateContacts(long clientId, long version, ClientContacts contacts) {
        Client client = loadClient(clientId, version);
        applyContacts(client, contacts);

        em.flush();
        LOG.info(() -> "Client " + clientId + " contacts changed by " + caller());
        return ClientDetails.of(client);
    }

    /**
     * Replaces «Специальные условия и цены»: the terms text, the individual percentage, the
     * client-tier override and the special prices per material.
     *
     * @throws BusinessException {@code client.notFound}, {@code concurrent.modification},
     *     {@code material.notFound}, {@code discount.percent.range}, {@code client.specialPrice.invalid},
     *     {@code text.tooLong}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ClientDetails updateSpecialTerms(long clientId, long version, SpecialTerms terms) {
        Client client = loadClient(clientId, version);
        client.changeSpecialTerms(terms.text(), terms.discountPercent(), terms.tierDiscountOverride());

        client.getSpecialPrices().keySet().stream().toList().forEach(client::removeSpecialPrice);
        for (ClientMaterialPrice price : terms.prices()) {
            Material material = em.find(Material.class, price.materialId());
            if (material == null) {
                throw new BusinessException("material.notFound", price.materialId());
            }
            client.setSpecialPrice(material, new SpecialPrice(price.pricePerSheet(), price.pricePerM2()));
        }

        em.flush();
        LOG.info(() -> "Client " + clientId + " special terms changed by " + caller());
        return ClientDetails.of(client);
    }

    /**
     * Returns a client's profile.
     *
     * @throws BusinessException {@code client.notFound}
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public ClientDetails find(long clientId) {
        return ClientDetails.of(requireClient(clientId));
    }

    /** Returns the clients whose e-mail is {@code email}, ignoring case; usually one or none. */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public List<ClientSummary> findByEmail(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return em.createQuery("select c from Client c where lower(c.email) = :email order by c.name, c.id",
                        Client.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .setMaxResults(Page.MAX_SIZE)
                .getResultStream().map(ClientSummary::of).toList();
    }

    /**
     * Returns the clients whose phone ends with the same last ten digits as {@code phone}, so that
     * «+7 912 345-67-89» and «8 (912) 3456789» find each other. A query of fewer than five digits
     * finds nothing.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public List<ClientSummary> findByPhone(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.length() < 5) {
            return List.of();
        }
        String tail = digits.substring(Math.max(0, digits.length() - PHONE_DIGITS_COMPARED));
        // NOTE: stripping the punctuation in the query defeats any index on phone, so the client
        // table is scanned. That is fine for a workshop's clients, not for millions of rows.
        String strippedPhone = "function('replace', function('replace', function('replace', function('replace',"
                + " function('replace', function('replace', c.phone, ' ', ''), '-', ''), '(', ''), ')', ''),"
                + " '+', ''), '.', '')";
        return em.createQuery("select c from Client c where c.phone is not null and " + strippedPhone
                        + " like :tail order by c.name, c.id", Client.class)
                .setParameter("tail", "%" + tail)
                .setMaxResults(Page.MAX_SIZE)
                .getResultStream().map(ClientSummary::of).toList();
    }

    /**
     * Lists clients by name, one page at a time; with a {@code query}, only those whose name
     * contains it, ignoring case. Filtering, sorting and paging run in the database.
     */
    @RolesAllowed({Role.Names.MANAGER, Role.Names.INTEGRATOR})
    public Page<ClientSummary> list(String query, int first, int size) {
        String pattern = query == null || query.isBlank() ? null : "%" + escapeLike(query.strip()) + "%";
        TypedQuery<Client> rows;
        TypedQuery<Long> count;
        if (pattern == null) {
            rows = em.createNamedQuery(Client.ALL, Client.class);
            count = em.createNamedQuery(Client.COUNT_ALL, Long.class);
        } else {
            rows = em.createQuery("select c from Client c where lower(c.name) like :pattern escape '\\'"
                    + " order by c.name, c.id", Client.class).setParameter("pattern", pattern);
            count = em.createQuery("select count(c) from Client c where lower(c.name) like :pattern escape '\\'",
                    Long.class).setParameter("pattern", pattern);
        }
        List<ClientSummary> page = rows.setFirstResult(Math.max(first, 0)).setMaxResults(Page.clampSize(size))
                .getResultStream().map(ClientSummary::of).toList();
        return new Page<>(page, count.getSingleResult());
    }

    // ---- Files ----------------------------------------------------------------------------

    /**
     * Stores a file in the client's storage. A DXF or SVG file is analysed first and stored with its
     * measures. A PDF, AI, CDR or raster file is stored as needing dimensions entered by hand. A
     * file whose content the client already has is not stored twice, and the existing one is returned.
     *
     * @throws BusinessException {@code client.notFound}; {@code clientFile.empty};
     *     {@code clientFile.tooLarge} (file name, limit in MB) above {@value ClientFileContent#MAX_BYTES}
     *     bytes; a {@code layout.error.*} key of the analysis for a malformed, truncated, binary or
     *     unsupported file, naming it; nothing is stored then
     */
    @RolesAllowed(Role.Names.MANAGER)
    public UploadedFile upload(long clientId, String fileName, byte[] content) {
        Client client = requireClient(clientId);
        if (content == null || content.length == 0) {
            throw new BusinessException("clientFile.empty", fileName);
        }
        if (content.length > ClientFileContent.MAX_BYTES) {
            throw new BusinessException("clientFile.tooLarge", fileName, ClientFileContent.MAX_BYTES / (1024 * 1024));
        }
        String sha256 = LayoutFiles.sha256(content);
        ClientFile existing = em.createNamedQuery(ClientFile.BY_CLIENT_AND_SHA256, ClientFile.class)
                .setParameter("client", client).setParameter("sha256", sha256)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (existing != null) {
            return new UploadedFile(ClientFileSummary.of(existing), true);
        }

        LayoutFormat format = LayoutFormat.detect(fileName, content);
        LayoutAnalysis analysis = format.requiresManualDimensions() ? null : analyse(fileName, content);

        ClientFile file = new ClientFile(client, fileName, LayoutFiles.contentType(format), content.length, sha256,
                format, caller(), Instant.now());
        if (analysis != null) {
            file.recordAnalysis(analysis);
        }
        em.persist(file);
        em.persist(new ClientFileContent(file, content));
        em.flush();
        LOG.info(() -> "File " + file.getId() + " (" + format + ") stored for client " + clientId + " by " + caller());
        return new UploadedFile(ClientFileSummary.of(file), false);
    }

    /** Lists a client's files, newest first, one page at a time, without their bytes. */
    @RolesAllowed(Role.Names.MANAGER)
    public Page<ClientFileSummary> files(long clientId, int first, int size) {
        Client client = requireClient(clientId);
        List<ClientFileSummary> rows = em.createNamedQuery(ClientFile.BY_CLIENT, ClientFile.class)
                .setParameter("client", client)
                .setFirstResult(Math.max(first, 0)).setMaxResults(Page.clampSize(size))
                .getResultStream().map(ClientFileSummary::of).toList();
        long total = em.createQuery("select count(f) from ClientFile f where f.client = :client", Long.class)
                .setParameter("client", client).getSingleResult();
        return new Page<>(rows, total);
    }

    /**
     * Returns a file's bytes with its name and media type.
     *
     * @throws BusinessException {@code clientFile.notFound}
     */
    @RolesAllowed(Role.Names.MANAGER)
    public FileContent download(long fileId) {
        ClientFile file = requireFile(fileId);
        ClientFileContent content = em.find(ClientFileContent.class, fileId);
        if (content == null) {
            throw new BusinessException("clientFile.notFound", fileId);
        }
        return new FileContent(file.getOriginalName(), file.getContentType(), content.getContent());
    }

    /**
     * Deletes a file and its bytes.
     *
     * @throws BusinessException {@code clientFile.notFound}; {@code clientFile.inUse} (file name,
     *     number of items) when an item of a project uses it as its layout
     */
    @RolesAllowed(Role.Names.MANAGER)
    public void delete(long fileId) {
        ClientFile file = requireFile(fileId);
        long items = em.createQuery("select count(i) from Item i where i.layout = :file", Long.class)
                .setParameter("file", file).getSingleResult();
        if (items > 0) {
            throw new BusinessException("clientFile.inUse", file.getOriginalName(), items);
        }

        ClientFileContent content = em.find(ClientFileContent.class, fileId);
        if (content != null) {
            em.remove(content);
        }
        em.remove(file);
        em.flush();
        LOG.info(() -> "File " + fileId + " deleted by " + caller());
    }

    /**
     * Stores the dimensions entered by hand for a PDF, AI, CDR or raster file.
     *
     * @throws BusinessException {@code clientFile.notFound}; {@code dimensions.invalid};
     *     {@code clientFile.dimensionsFromAnalysis} for a DXF or SVG file
     */
    @RolesAllowed(Role.Names.MANAGER)
    public ClientFileSummary enterDimensions(long fileId, FileDimensions dimensions) {
        ClientFile file = requireFile(fileId);
        file.enterManualDimensions(dimensions.toDomain());

        em.flush();
        LOG.info(() -> "File " + fileId + " dimensions entered by " + caller());
        return ClientFileSummary.of(file);
    }

    // ---- Helpers ----------------------------------------------------------------------------

    private static LayoutAnalysis analyse(String fileName, byte[] content) {
        try {
            return ANALYZER.analyze(fileName, content);
        } catch (LayoutAnalysisException e) {
            LOG.fine(() -> "Layout rejected: " + e.getMessage());
            throw BusinessException.of(e);
        }
    }

    private static void applyContacts(Client client, ClientContacts contacts) {
        client.changeContacts(contacts.name(), contacts.contactPerson(), contacts.email(), contacts.phone(),
                contacts.address());
        client.changeNotes(contacts.notes());
    }

    private Client loadClient(long clientId, long version) {
        Client client = requireClient(clientId);
        if (client.getVersion() != version) {
            throw new BusinessException("concurrent.modification");
        }
        return client;
    }

    private Client requireClient(long clientId) {
        Client client = em.find(Client.class, clientId);
        if (client == null) {
            throw new BusinessException("client.notFound", clientId);
        }
        return client;
    }

    private ClientFile requireFile(long fileId) {
        ClientFile file = em.find(ClientFile.class, fileId);
        if (file == null) {
            throw new BusinessException("clientFile.notFound", fileId);
        }
        return file;
    }

    private static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String caller() {
        return Callers.name(context);
    }
}

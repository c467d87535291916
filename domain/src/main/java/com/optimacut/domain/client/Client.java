package com.optimacut.domain.client;

import com.optimacut.domain.material.Material;
import com.optimacut.domain.shared.DomainRuleException;
import com.optimacut.domain.shared.EntityIdentity;
import com.optimacut.domain.shared.TextField;
import com.optimacut.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A customer, person or company, with contacts and «Специальные условия и цены»: a free-text
 * description of the terms, an individual discount percentage and special prices per material.
 * <p>
 * The client tier of the automatic discounts is computed from the client's closed projects unless
 * a manager set {@linkplain #getTierDiscountOverride() an override} in the profile. Contacts are
 * personal data: {@link #toString()} shows only the id.
 */
@Entity
@Table(name = "client")
@NamedQuery(name = Client.SEARCH_BY_NAME,
        query = "select c from Client c where lower(c.name) like :pattern order by c.name, c.id")
@NamedQuery(name = Client.ALL, query = "select c from Client c order by c.name, c.id")
@NamedQuery(name = Client.COUNT_ALL, query = "select count(c) from Client c")
public class Client {

    /** Clients whose lower-case name matches the LIKE {@code :pattern} (lower case, with {@code %}). */
    public static final String SEARCH_BY_NAME = "Client.searchByName";
    /** All clients by name; callers page it. */
    public static final String ALL = "Client.all";
    public static final String COUNT_ALL = "Client.countAll";

    /** A plausible address: one {@code @}, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @SequenceGenerator(name = "client_seq", sequenceName = "client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "client_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "contact_person", length = 200)
    private String contactPerson;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(length = 500)
    private String address;

    @Column(length = 4000)
    private String notes;

    @Column(name = "special_terms", length = 4000)
    private String specialTerms;

    @Column(name = "discount_percent", precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Column(name = "tier_discount_override", precision = 5, scale = 2)
    private BigDecimal tierDiscountOverride;

    @ElementCollection
    @CollectionTable(name = "client_material_price", joinColumns = @JoinColumn(name = "client_id"))
    @MapKeyJoinColumn(name = "material_id")
    private Map<Material, SpecialPrice> specialPrices = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Client() {
        // for JPA
    }

    /**
     * Creates a client with a name only; contacts and terms are set next.
     *
     * @throws DomainRuleException {@code text.required} or {@code text.tooLong} for the name
     */
    public Client(String name, Instant createdAt) {
        this.name = Texts.require(name, TextField.CLIENT_NAME);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Replaces the name and contacts; blank values are stored as not given.
     *
     * @throws DomainRuleException {@code text.required} or {@code text.tooLong} for a field, or
     *     {@code client.email.invalid} for an address that cannot be an e-mail address
     */
    public void changeContacts(String name, String contactPerson, String email, String phone, String address) {
        String checkedEmail = Texts.optional(email, TextField.EMAIL);
        if (checkedEmail != null && !EMAIL.matcher(checkedEmail).matches()) {
            throw new DomainRuleException("client.email.invalid", checkedEmail);
        }
        this.name = Texts.require(name, TextField.CLIENT_NAME);
        this.contactPerson = Texts.optional(contactPerson, TextField.CONTACT_PERSON);
        this.email = checkedEmail;
        this.phone = Texts.optional(phone, TextField.PHONE);
        this.address = Texts.optional(address, TextField.ADDRESS);
    }

    public void changeNotes(String notes) {
        this.notes = Texts.optional(notes, TextField.NOTES);
    }

    /**
     * Replaces «Специальные условия и цены» except the per-material prices.
     *
     * @param terms the terms as the manager wrote them, or {@code null}
     * @param discountPercent the individual discount from 0 to 100, or {@code null} for none
     * @param tierDiscountOverride the client-tier discount set by hand, or {@code null} to compute
     *     it from the client's closed projects
     * @throws DomainRuleException {@code discount.percent.range} or {@code text.tooLong}
     */
    public void changeSpecialTerms(String terms, BigDecimal discountPercent, BigDecimal tierDiscountOverride) {
        this.specialTerms = Texts.optional(terms, TextField.SPECIAL_TERMS);
        this.discountPercent = Percent.checkOptional(discountPercent);
        this.tierDiscountOverride = Percent.checkOptional(tierDiscountOverride);
    }

    /** Sets this client's own price of {@code material}, replacing an earlier one. */
    public void setSpecialPrice(Material material, SpecialPrice price) {
        removeSpecialPrice(material);
        specialPrices.put(Objects.requireNonNull(material, "material"), Objects.requireNonNull(price, "price"));
    }

    /** Returns to the catalogue's price of {@code material} for this client. */
    public void removeSpecialPrice(Material material) {
        specialPrices.keySet().removeIf(m -> sameMaterial(m, material));
    }

    /** Returns this client's own price of {@code material}, if there is one. */
    public Optional<SpecialPrice> specialPriceFor(Material material) {
        return specialPrices.entrySet().stream()
                .filter(e -> sameMaterial(e.getKey(), material))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static boolean sameMaterial(Material a, Material b) {
        return EntityIdentity.same(a, b, Material::getId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getNotes() {
        return notes;
    }

    public String getSpecialTerms() {
        return specialTerms;
    }

    public BigDecimal getDiscountPercent() {
        return discountPercent;
    }

    public BigDecimal getTierDiscountOverride() {
        return tierDiscountOverride;
    }

    public Map<Material, SpecialPrice> getSpecialPrices() {
        return Collections.unmodifiableMap(specialPrices);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Client[id=" + id + "]";
    }
}

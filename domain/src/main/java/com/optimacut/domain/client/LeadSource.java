package com.optimacut.domain.client;

import com.optimacut.domain.shared.TextField;
import com.optimacut.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A channel clients come from («Откуда о нас узнали»), such as a search engine or a trade fair.
 * <p>
 * The list is managed by managers; names are unique (the database enforces it). A source that is
 * no longer offered is {@linkplain #deactivate() deactivated}, never deleted, because inquiries
 * and projects keep referring to it for the «Источники клиентов» report.
 */
@Entity
@Table(name = "lead_source")
@NamedQuery(name = LeadSource.ACTIVE, query = "select s from LeadSource s where s.active = true order by s.name")
@NamedQuery(name = LeadSource.ALL, query = "select s from LeadSource s order by s.name")
@NamedQuery(name = LeadSource.BY_NAME, query = "select s from LeadSource s where s.name = :name")
public class LeadSource {

    /** Sources offered for new inquiries and projects, by name. */
    public static final String ACTIVE = "LeadSource.active";
    /** Every source by name, for managing the list. */
    public static final String ALL = "LeadSource.all";
    /** The source named exactly {@code :name}, to reject a duplicate with a clear message. */
    public static final String BY_NAME = "LeadSource.byName";

    @Id
    @SequenceGenerator(name = "lead_source_seq", sequenceName = "lead_source_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_source_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected LeadSource() {
        // for JPA
    }

    /**
     * Creates an active source.
     *
     * @throws com.optimacut.domain.shared.DomainRuleException {@code text.required} or
     *     {@code text.tooLong} for the name
     */
    public LeadSource(String name) {
        this.name = Texts.require(name, TextField.LEAD_SOURCE_NAME);
    }

    public void rename(String newName) {
        this.name = Texts.require(newName, TextField.LEAD_SOURCE_NAME);
    }

    /** Stops offering the source; records that use it keep it. */
    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "LeadSource[id=" + id + ", name=" + name + "]";
    }
}

package com.optimacut.domain.project;

import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.client.ManualDimensions;
import com.optimacut.domain.material.Material;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A product piece of a project («Изделие»): how many to make, of which material, from which
 * layout file of the client, with dimensions entered by hand where the file cannot be analysed.
 * <p>
 * Each item has exactly one {@link LayoutWork}, the unit an executor takes. Items are created,
 * changed and removed only through {@link Project}, which rejects it once work has started.
 */
@Entity
@Table(name = "project_item")
public class Item {

    /** Largest quantity of one item. */
    public static final int MAX_QUANTITY = 1_000_000;

    @Id
    @SequenceGenerator(name = "project_item_seq", sequenceName = "project_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private int quantity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "client_file_id")
    private ClientFile layout;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "material_id")
    private Material material;

    @Embedded
    private ManualDimensions manualDimensions;

    @OneToOne(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true, optional = false)
    private LayoutWork work;

    @Version
    private long version;

    protected Item() {
        // for JPA
    }

    Item(Project project, int position) {
        this.project = Objects.requireNonNull(project, "project");
        this.position = position;
        this.work = new LayoutWork(this);
    }

    void change(int quantity, ClientFile layout, Material material, ManualDimensions manualDimensions) {
        this.quantity = quantity;
        this.layout = layout;
        this.material = material;
        this.manualDimensions = manualDimensions;
    }

    void renumber(int newPosition) {
        this.position = newPosition;
    }

    /** Returns whether the item can be produced: it has a layout file and a material. */
    public boolean isComplete() {
        return layout != null && material != null;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    /** Returns the 1-based place of the item in its project, as the screens number it. */
    public int getPosition() {
        return position;
    }

    public int getQuantity() {
        return quantity;
    }

    /** Returns the layout file, or {@code null} while none is chosen. */
    public ClientFile getLayout() {
        return layout;
    }

    /** Returns the material, or {@code null} while none is chosen. */
    public Material getMaterial() {
        return material;
    }

    /** Returns dimensions entered for this item by hand, or {@code null}. */
    public ManualDimensions getManualDimensions() {
        return manualDimensions != null && manualDimensions.isPresent() ? manualDimensions : null;
    }

    public LayoutWork getWork() {
        return work;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Item[id=" + id + ", position=" + position + "]";
    }
}

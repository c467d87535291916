package com.optimacut.ejb.project;

import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.client.ManualDimensions;
import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.project.Item;
import com.optimacut.domain.project.Project;
import com.optimacut.ejb.common.BusinessException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds and applies the changes of a project's production fields (items and executor), which
 * the domain locks once an executor has started. Looks up files, materials and executors by id.
 */
final class ProductionEdit {

    /** The name of the items in the arguments of {@code project.locked}. */
    static final String ITEMS = "items";
    /** The name of the executor in the arguments of {@code project.locked}. */
    static final String EXECUTOR = "executor";

    private final EntityManager em;

    ProductionEdit(EntityManager em) {
        this.em = em;
    }

    /** Returns the production fields whose requested value differs from the stored one, as {@link #ITEMS} and {@link #EXECUTOR}. */
    List<String> changedFields(Project project, ProjectChanges changes) {
        List<String> changed = new ArrayList<>();
        if (changes.items() != null && !sameItems(project.getItems(), changes.items())) {
            changed.add(ITEMS);
        }
        Long currentExecutor = project.getAssignedExecutor() == null ? null : project.getAssignedExecutor().getId();
        if (!Objects.equals(currentExecutor, changes.executorId())) {
            changed.add(EXECUTOR);
        }
        return changed;
    }

    /** Adds every line as a new item of a project under construction. */
    void addItems(Project project, List<ItemLine> lines, Instant now) {
        for (ItemLine line : lines) {
            project.addItem(line.quantity(), file(line.clientFileId()), material(line.materialId()),
                    dimensions(line.dimensions()), now);
        }
    }

    /**
     * Makes the items match the lines: items not listed are removed, listed ones changed, lines
     * without an item id added at the end. The order of the lines does not reorder existing items.
     *
     * @throws BusinessException {@code project.item.notFound} for an id that is not an item of the project
     */
    void replaceItems(Project project, List<ItemLine> lines, Instant now) {
        Set<Long> listedIds = new HashSet<>();
        for (ItemLine line : lines) {
            if (line.itemId() != null) {
                listedIds.add(line.itemId());
            }
        }
        for (Item item : List.copyOf(project.getItems())) {
            if (!listedIds.contains(item.getId())) {
                project.removeItem(item, now);
            }
        }
        for (ItemLine line : lines) {
            if (line.itemId() == null) {
                project.addItem(line.quantity(), file(line.clientFileId()), material(line.materialId()),
                        dimensions(line.dimensions()), now);
            } else {
                project.changeItem(item(project, line.itemId()), line.quantity(), file(line.clientFileId()),
                        material(line.materialId()), dimensions(line.dimensions()), now);
            }
        }
    }

    /**
     * Returns the executor with the id, or {@code null} for {@code null}.
     *
     * @throws BusinessException {@code project.executor.notFound}
     */
    Executor executor(Long id) {
        if (id == null) {
            return null;
        }
        Executor executor = em.find(Executor.class, id);
        if (executor == null) {
            throw new BusinessException("project.executor.notFound", id);
        }
        return executor;
    }

    private static Item item(Project project, long itemId) {
        return project.getItems().stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new BusinessException("project.item.notFound", itemId));
    }

    private ClientFile file(Long id) {
        if (id == null) {
            return null;
        }
        ClientFile file = em.find(ClientFile.class, id);
        if (file == null) {
            throw new BusinessException("project.file.notFound", id);
        }
        return file;
    }

    private Material material(Long id) {
        if (id == null) {
            return null;
        }
        Material material = em.find(Material.class, id);
        if (material == null) {
            throw new BusinessException("project.material.notFound", id);
        }
        return material;
    }

    private static ManualDimensions dimensions(ItemDimensions d) {
        if (d == null) {
            return null;
        }
        return new ManualDimensions(d.widthMm(), d.heightMm(), d.cutLengthMm(), d.pierces(), d.engravingAreaMm2());
    }

    private static boolean sameItems(List<Item> items, List<ItemLine> lines) {
        if (items.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!sameItem(items.get(i), lines.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameItem(Item item, ItemLine line) {
        Long fileId = item.getLayout() == null ? null : item.getLayout().getId();
        Long materialId = item.getMaterial() == null ? null : item.getMaterial().getId();
        return Objects.equals(item.getId(), line.itemId()) && item.getQuantity() == line.quantity()
                && Objects.equals(fileId, line.clientFileId()) && Objects.equals(materialId, line.materialId())
                && sameDimensions(ProjectViews.dimensions(item.getManualDimensions()), line.dimensions());
    }

    /** Compares dimensions by value, so that 10 mm typed and 10.00 mm read back are the same. */
    private static boolean sameDimensions(ItemDimensions a, ItemDimensions b) {
        if (a == null || b == null) {
            return a == b;
        }
        return sameNumber(a.widthMm(), b.widthMm()) && sameNumber(a.heightMm(), b.heightMm())
                && sameNumber(a.cutLengthMm(), b.cutLengthMm()) && Objects.equals(a.pierces(), b.pierces())
                && sameNumber(a.engravingAreaMm2(), b.engravingAreaMm2());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }
}

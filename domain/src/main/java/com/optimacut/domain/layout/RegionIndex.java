package com.optimacut.domain.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A uniform grid over the closed contours' bounding boxes, so that finding the contours around a
 * contour tests only those whose box covers its probe point. Boxes spanning many cells, such as a
 * sheet outline, are kept in one list that every query checks.
 */
final class RegionIndex {

    private static final int MAX_CELLS_PER_REGION = 64;

    private final Bounds extent = new Bounds();
    private final int size;
    private final List<List<LayoutMeasurer.Region>> cells;
    private final List<LayoutMeasurer.Region> large = new ArrayList<>();

    RegionIndex(List<LayoutMeasurer.Region> regions) {
        for (LayoutMeasurer.Region region : regions) {
            extent.add(region.bounds);
        }
        size = (int) Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(regions.size()))));
        cells = new ArrayList<>(size * size);
        for (int i = 0; i < size * size; i++) {
            cells.add(new ArrayList<>());
        }
        for (LayoutMeasurer.Region region : regions) {
            register(region);
        }
    }

    private void register(LayoutMeasurer.Region region) {
        int x0 = column(region.bounds.minX());
        int x1 = column(region.bounds.maxX());
        int y0 = row(region.bounds.minY());
        int y1 = row(region.bounds.maxY());
        if ((long) (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_REGION) {
            large.add(region);
            return;
        }
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                cells.get(y * size + x).add(region);
            }
        }
    }

    /** Returns how many other regions surround {@code region}. */
    int depthOf(LayoutMeasurer.Region region, WorkBudget budget) throws LayoutAnalysisException {
        List<LayoutMeasurer.Region> cell = cells.get(row(region.probe.y()) * size + column(region.probe.x()));
        budget.spend(cell.size() + large.size());
        int depth = 0;
        for (LayoutMeasurer.Region candidate : cell) {
            if (candidate != region && candidate.surrounds(region)) {
                depth++;
            }
        }
        for (LayoutMeasurer.Region candidate : large) {
            if (candidate != region && candidate.surrounds(region)) {
                depth++;
            }
        }
        return depth;
    }

    private int column(double x) {
        return slot(x, extent.minX(), extent.width());
    }

    private int row(double y) {
        return slot(y, extent.minY(), extent.height());
    }

    private int slot(double value, double min, double span) {
        if (!(span > 0)) {
            return 0;
        }
        int slot = (int) ((value - min) / span * size);
        return Math.max(0, Math.min(size - 1, slot));
    }
}

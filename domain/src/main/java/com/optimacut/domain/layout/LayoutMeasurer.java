package com.optimacut.domain.layout;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the pieces of a {@link Drawing} into the measures of a {@link LayoutAnalysis}. A closed
 * contour inside an odd number of other closed contours is a hole and its area is subtracted; one
 * inside an even number is material, such as an island in a hole.
 */
final class LayoutMeasurer {

    private final LayoutOptions options;

    LayoutMeasurer(LayoutOptions options) {
        this.options = options;
    }

    LayoutAnalysis measure(Drawing drawing, LayoutFormat format) throws LayoutAnalysisException {
        List<Piece> cutPieces = new ArrayList<>();
        List<Piece> engravePieces = new ArrayList<>();
        for (Piece piece : drawing.pieces()) {
            (piece.engrave() ? engravePieces : cutPieces).add(piece);
        }
        if (cutPieces.isEmpty() && engravePieces.isEmpty()) {
            throw new LayoutAnalysisException("layout.error.noContours", drawing.fileName());
        }

        ContourChainer chainer = new ContourChainer(options.chainToleranceMm());
        List<Contour> cut = chainer.chain(cutPieces);
        List<Contour> engraved = new ContourChainer(options.chainToleranceMm()).chain(engravePieces);

        int open = (int) cut.stream().filter(c -> !c.closed()).count();
        if (open > 0) {
            drawing.warn("layout.warning.openContours", open);
        }
        if (cut.isEmpty()) {
            drawing.warn("layout.warning.nothingToCut");
        }
        Bounds bounds = boundsOf(cut.isEmpty() ? engraved : cut);
        return new LayoutAnalysis(drawing.fileName(), format, totalLength(cut), cut.size(), open,
                bounds.width(), bounds.height(), netArea(cut, drawing.budget()), totalLength(engraved),
                drawing.units(), drawing.warnings());
    }

    private static double totalLength(List<Contour> contours) {
        double total = 0;
        for (Contour contour : contours) {
            total += contour.length();
        }
        return total;
    }

    private static Bounds boundsOf(List<Contour> contours) {
        Bounds bounds = new Bounds();
        for (Contour contour : contours) {
            bounds.add(contour.bounds());
        }
        return bounds;
    }

    private static double netArea(List<Contour> contours, WorkBudget budget) throws LayoutAnalysisException {
        List<Region> regions = new ArrayList<>();
        for (Contour contour : contours) {
            if (contour.closed()) {
                regions.add(new Region(contour));
            }
        }
        regions.sort(Comparator.comparingDouble(Region::area).reversed());
        RegionIndex index = new RegionIndex(regions);
        double net = 0;
        for (Region region : regions) {
            int depth = index.depthOf(region, budget);
            net += depth % 2 == 0 ? region.area() : -region.area();
        }
        return net;
    }

    /** A closed contour with what the inside tests need computed once. */
    static final class Region {
        final Contour contour;
        final double area;
        final Bounds bounds;
        final Vec probe;
        private Path2D.Double outline;

        Region(Contour contour) {
            this.contour = contour;
            this.area = contour.area();
            this.bounds = contour.bounds();
            this.probe = contour.edges().get(0).middle();
        }

        double area() {
            return area;
        }

        boolean surrounds(Region other) {
            if (!(area > other.area) || !bounds.contains(other.bounds)) {
                return false;
            }
            if (outline == null) {
                outline = contour.outline();
            }
            return outline.contains(other.probe.x(), other.probe.y());
        }
    }
}

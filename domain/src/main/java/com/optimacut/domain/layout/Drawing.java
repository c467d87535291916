package com.optimacut.domain.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader extracts from a file: the pieces in millimetres, the detected unit and the
 * warnings. Readers add pieces through {@link #add}, which also spends the work budget.
 */
final class Drawing {

    private final String fileName;
    private final double tolerance;
    private final WorkBudget budget;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<LayoutWarning> warnings = new ArrayList<>();
    private final Map<String, Integer> ignored = new TreeMap<>();
    private String units = "mm";

    Drawing(String fileName, LayoutOptions options) {
        this.fileName = fileName;
        this.tolerance = options.chainToleranceMm();
        this.budget = new WorkBudget(fileName, options.limits().maxWorkUnits());
    }

    String fileName() {
        return fileName;
    }

    WorkBudget budget() {
        return budget;
    }

    /**
     * Adds a run of edges that are already in millimetres. Edges with a non-finite coordinate make
     * the file invalid; a run of zero length is dropped because it cuts nothing.
     */
    void add(List<Edge> edges, boolean closedFlag, boolean engrave) throws LayoutAnalysisException {
        budget.spend(edges.size());
        if (edges.isEmpty()) {
            return;
        }
        double length = 0;
        for (Edge edge : edges) {
            if (!edge.start().isFinite() || !edge.end().isFinite()) {
                throw new LayoutAnalysisException("layout.error.invalidCoordinates", fileName);
            }
            length += edge.length();
        }
        if (!(length > 0) || Double.isInfinite(length)) {
            return;
        }
        Vec start = edges.get(0).start();
        Vec end = edges.get(edges.size() - 1).end();
        boolean closed = closedFlag || start.distance(end) <= tolerance;
        pieces.add(new Piece(edges, closed, engrave));
    }

    /** Counts an entity or element that the analysis leaves out, reported as one warning per kind. */
    void ignore(String kind) {
        ignored.merge(kind, 1, Integer::sum);
    }

    void warn(String key, Object... arguments) {
        List<Object> all = new ArrayList<>();
        all.add(fileName);
        all.addAll(List.of(arguments));
        warnings.add(new LayoutWarning(key, all));
    }

    void setUnits(String units) {
        this.units = units;
    }

    String units() {
        return units;
    }

    List<Piece> pieces() {
        return pieces;
    }

    /** Returns the warnings, with one for each kind of ignored entity at the end. */
    List<LayoutWarning> warnings() {
        List<LayoutWarning> all = new ArrayList<>(warnings);
        ignored.forEach((kind, count) -> all.add(new LayoutWarning("layout.warning.ignored", List.of(fileName, kind, count))));
        return all;
    }
}

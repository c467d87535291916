package com.optimacut.domain.layout;

import java.util.List;

/**
 * A run of connected edges taken from one entity or one SVG subpath, already in millimetres.
 *
 * @param edges the edges in drawing order, each starting where the previous one ends
 * @param closed whether the run returns to its start, by the file's closed flag or within the
 *     chaining tolerance
 * @param engrave whether the run is engraving rather than cutting
 */
record Piece(List<Edge> edges, boolean closed, boolean engrave) {

    Piece {
        edges = List.copyOf(edges);
    }

    Vec start() {
        return edges.get(0).start();
    }

    Vec end() {
        return edges.get(edges.size() - 1).end();
    }
}

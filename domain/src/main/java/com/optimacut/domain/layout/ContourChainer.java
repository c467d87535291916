package com.optimacut.domain.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins open pieces whose end points lie within the tolerance into contours. End points are
 * merged into shared vertices through a grid of tolerance-sized cells, so the work grows with the
 * number of pieces rather than its square. At a vertex where more than two pieces meet, the walk
 * takes the first unused one in file order.
 */
final class ContourChainer {

    private final double tolerance;
    private final Map<Cell, List<Integer>> grid = new HashMap<>();
    private final List<Vec> vertices = new ArrayList<>();

    private record Cell(long x, long y) {
    }

    ContourChainer(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Returns the contours made of {@code pieces}: closed pieces as they are, open ones chained. */
    List<Contour> chain(List<Piece> pieces) {
        List<Contour> contours = new ArrayList<>();
        List<Piece> open = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.closed()) {
                contours.add(new Contour(piece.edges(), true));
            } else {
                open.add(piece);
            }
        }
        int[] startVertex = new int[open.size()];
        int[] endVertex = new int[open.size()];
        Map<Integer, List<Integer>> incident = new HashMap<>();
        for (int i = 0; i < open.size(); i++) {
            startVertex[i] = vertexOf(open.get(i).start());
            endVertex[i] = vertexOf(open.get(i).end());
            incident.computeIfAbsent(startVertex[i], k -> new ArrayList<>()).add(i);
            incident.computeIfAbsent(endVertex[i], k -> new ArrayList<>()).add(i);
        }
        boolean[] used = new boolean[open.size()];
        for (int i = 0; i < open.size(); i++) {
            if (!used[i]) {
                contours.add(walk(i, open, startVertex, endVertex, incident, used));
            }
        }
        return contours;
    }

    private Contour walk(int first, List<Piece> open, int[] startVertex, int[] endVertex,
            Map<Integer, List<Integer>> incident, boolean[] used) {
        used[first] = true;
        Deque<Edge> edges = new ArrayDeque<>(open.get(first).edges());
        int head = startVertex[first];
        int tail = endVertex[first];
        while (tail != head) {
            int next = unusedAt(tail, incident, used);
            if (next < 0) {
                break;
            }
            boolean forward = startVertex[next] == tail;
            for (Edge edge : oriented(open.get(next), forward)) {
                edges.addLast(edge);
            }
            tail = forward ? endVertex[next] : startVertex[next];
        }
        while (tail != head) {
            int previous = unusedAt(head, incident, used);
            if (previous < 0) {
                break;
            }
            boolean forward = endVertex[previous] == head;
            List<Edge> part = oriented(open.get(previous), forward);
            for (int k = part.size() - 1; k >= 0; k--) {
                edges.addFirst(part.get(k));
            }
            head = forward ? startVertex[previous] : endVertex[previous];
        }
        return new Contour(new ArrayList<>(edges), tail == head);
    }

    private static int unusedAt(int vertex, Map<Integer, List<Integer>> incident, boolean[] used) {
        for (int candidate : incident.get(vertex)) {
            if (!used[candidate]) {
                used[candidate] = true;
                return candidate;
            }
        }
        return -1;
    }

    private static List<Edge> oriented(Piece piece, boolean forward) {
        if (forward) {
            return piece.edges();
        }
        List<Edge> reversed = new ArrayList<>(piece.edges().size());
        for (int k = piece.edges().size() - 1; k >= 0; k--) {
            reversed.add(piece.edges().get(k).reversed());
        }
        return reversed;
    }

    /** Returns the index of the vertex within the tolerance of {@code p}, adding one if there is none. */
    private int vertexOf(Vec p) {
        long cx = cellIndex(p.x());
        long cy = cellIndex(p.y());
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                for (int index : grid.getOrDefault(new Cell(cx + dx, cy + dy), List.of())) {
                    if (vertices.get(index).distance(p) <= tolerance) {
                        return index;
                    }
                }
            }
        }
        int index = vertices.size();
        vertices.add(p);
        grid.computeIfAbsent(new Cell(cx, cy), k -> new ArrayList<>()).add(index);
        return index;
    }

    private long cellIndex(double coordinate) {
        return (long) Math.floor(coordinate / tolerance);
    }
}

package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Converts DXF entities into edges in millimetres and adds them to a {@link Drawing}, expanding
 * block INSERTs recursively. Entities inside a block on layer {@code 0} take the layer of the
 * INSERT, and colour BYBLOCK takes its colour, as AutoCAD draws them.
 */
final class DxfGeometry {

    private static final int BY_BLOCK = 0;
    private static final int BY_LAYER = 256;

    private final DxfDocument document;
    private final Drawing drawing;
    private final LayoutOptions options;
    private final Deque<String> insertPath = new ArrayDeque<>();

    /** The drawing state of an entity: the map to millimetres and the layer and colour for layer 0 and BYBLOCK. */
    private record Context(AffineTransform transform, String blockLayer, int blockColor) {
    }

    DxfGeometry(DxfDocument document, Drawing drawing, LayoutOptions options) {
        this.document = document;
        this.drawing = drawing;
        this.options = options;
    }

    /** Adds the model-space entities, scaled by {@code millimetresPerUnit}. */
    void addModel(double millimetresPerUnit) throws LayoutAnalysisException {
        AffineTransform root = AffineTransform.getScaleInstance(millimetresPerUnit, millimetresPerUnit);
        addAll(document.entities(), new Context(root, null, 7), true);
    }

    private void addAll(List<DxfEntity> entities, Context context, boolean modelLevel) throws LayoutAnalysisException {
        for (DxfEntity entity : entities) {
            drawing.budget().spend(1);
            if (modelLevel && "1".equals(strip(entity.raw(67)))) {
                drawing.ignore("paper space");
                continue;
            }
            addEntity(entity, context);
        }
    }

    private void addEntity(DxfEntity entity, Context context) throws LayoutAnalysisException {
        String layer = layerOf(entity, context);
        int color = colorOf(entity, layer, context);
        boolean engrave = options.isEngraveLayer(layer) || options.engraveAciColors().contains(color);
        switch (entity.type()) {
            case "LINE" -> add(List.of(line(entity)), false, engrave, context);
            case "CIRCLE" -> add(circle(entity), true, engrave, context);
            case "ARC" -> add(arc(entity), false, engrave, context);
            case "ELLIPSE" -> ellipse(entity, engrave, context);
            case "LWPOLYLINE" -> lwPolyline(entity, engrave, context);
            case "POLYLINE" -> polyline(entity, engrave, context);
            case "SPLINE" -> spline(entity, engrave, context);
            case "INSERT" -> insert(entity, new Context(context.transform(), layer, color));
            default -> drawing.ignore(entity.type());
        }
    }

    private String layerOf(DxfEntity entity, Context context) {
        String raw = entity.raw(8);
        String layer = raw == null ? "0" : document.text().decode(raw);
        return layer.equals("0") && context.blockLayer() != null ? context.blockLayer() : layer;
    }

    private int colorOf(DxfEntity entity, String layer, Context context) throws LayoutAnalysisException {
        int color = Math.abs(entity.integer(62, BY_LAYER));
        if (color == BY_LAYER) {
            return document.layerColor(layer);
        }
        return color == BY_BLOCK ? context.blockColor() : color;
    }

    private void add(List<Edge> edges, boolean closed, boolean engrave, Context context) throws LayoutAnalysisException {
        List<Edge> mapped = new ArrayList<>(edges.size());
        for (Edge edge : edges) {
            mapped.add(edge.transform(context.transform()));
        }
        drawing.add(mapped, closed, engrave);
    }

    private static Edge line(DxfEntity e) throws LayoutAnalysisException {
        return new LineEdge(new Vec(e.number(10, 0), e.number(20, 0)), new Vec(e.number(11, 0), e.number(21, 0)));
    }

    private static List<Edge> circle(DxfEntity e) throws LayoutAnalysisException {
        double radius = e.number(40, 0);
        if (!(radius > 0)) {
            return List.of();
        }
        Vec center = new Vec(e.number(10, 0), e.number(20, 0));
        Edge edge = ArcEdge.circular(center, radius, 0, 2 * Math.PI);
        return List.of(edge.transform(Ocs.of(e).toWorld(e.number(30, 0))));
    }

    /** Builds an ARC, counter-clockwise in its OCS from the start angle to the end angle, across 0° when needed. */
    private static List<Edge> arc(DxfEntity e) throws LayoutAnalysisException {
        double radius = e.number(40, 0);
        if (!(radius > 0)) {
            return List.of();
        }
        double startDegrees = e.number(50, 0);
        double sweepDegrees = positiveModulo(e.number(51, 360) - startDegrees, 360);
        if (sweepDegrees < 1e-9) {
            sweepDegrees = 360;
        }
        Vec center = new Vec(e.number(10, 0), e.number(20, 0));
        Edge edge = ArcEdge.circular(center, radius, Math.toRadians(startDegrees), Math.toRadians(sweepDegrees));
        return List.of(edge.transform(Ocs.of(e).toWorld(e.number(30, 0))));
    }

    /** Builds an ELLIPSE; its centre and major axis are in world coordinates, its minor axis is N × major. */
    private void ellipse(DxfEntity e, boolean engrave, Context context) throws LayoutAnalysisException {
        double ratio = e.number(40, 1);
        double[] major = {e.number(11, 0), e.number(21, 0), e.number(31, 0)};
        double majorLength = Math.sqrt(major[0] * major[0] + major[1] * major[1] + major[2] * major[2]);
        if (!(ratio > 0) || ratio > 1 + 1e-9 || !(majorLength > 0)) {
            throw e.invalid(ratio > 0 ? 11 : 40);
        }
        double[] minor = Ocs.cross(Ocs.of(e).normal(), major);
        double start = e.number(41, 0);
        double sweep = positiveModulo(e.number(42, 2 * Math.PI) - start, 2 * Math.PI);
        boolean full = sweep < 1e-9 || 2 * Math.PI - sweep < 1e-9;
        Vec center = new Vec(e.number(10, 0), e.number(20, 0));
        Vec u = new Vec(major[0], major[1]);
        Vec v = new Vec(minor[0] * ratio, minor[1] * ratio);
        add(List.of(new ArcEdge(center, u, v, start, full ? 2 * Math.PI : sweep)), full, engrave, context);
    }

    private void lwPolyline(DxfEntity e, boolean engrave, Context context) throws LayoutAnalysisException {
        List<double[]> vertices = new ArrayList<>();
        DxfTokens tokens = e.tokens();
        for (int i = e.from(); i < e.to(); i++) {
            switch (tokens.code(i)) {
                case 10 -> vertices.add(new double[] {e.numberAt(i), 0, 0});
                case 20 -> last(vertices, e)[1] = e.numberAt(i);
                case 42 -> last(vertices, e)[2] = e.numberAt(i);
                default -> {
                    // widths (40, 41, 43) and vertex ids (91) do not change the cut path
                }
            }
        }
        boolean closed = (e.integer(70, 0) & 1) != 0;
        AffineTransform ocs = Ocs.of(e).toWorld(e.number(38, 0));
        add(bulgePath(vertices, closed, ocs), closed, engrave, context);
    }

    private static double[] last(List<double[]> vertices, DxfEntity e) throws LayoutAnalysisException {
        if (vertices.isEmpty()) {
            throw e.invalid(10);
        }
        return vertices.get(vertices.size() - 1);
    }

    /** Reads an R12-style POLYLINE with its VERTEX entities; meshes are left out. */
    private void polyline(DxfEntity e, boolean engrave, Context context) throws LayoutAnalysisException {
        int flags = e.integer(70, 0);
        if ((flags & (16 | 64)) != 0) {
            drawing.ignore("POLYLINE mesh");
            return;
        }
        boolean threeD = (flags & 8) != 0;
        List<double[]> vertices = new ArrayList<>();
        for (DxfEntity vertex : e.vertices()) {
            drawing.budget().spend(1);
            if ((vertex.integer(70, 0) & 16) == 0) {
                vertices.add(new double[] {vertex.number(10, 0), vertex.number(20, 0), threeD ? 0 : vertex.number(42, 0)});
            }
        }
        boolean closed = (flags & 1) != 0;
        AffineTransform ocs = threeD ? new AffineTransform() : Ocs.of(e).toWorld(e.number(30, 0));
        add(bulgePath(vertices, closed, ocs), closed, engrave, context);
    }

    /**
     * Joins vertices {x, y, bulge} into edges. A vertex's bulge shapes the edge to the next vertex,
     * so on a closed polyline the last vertex's bulge shapes the closing edge back to the first.
     */
    private static List<Edge> bulgePath(List<double[]> vertices, boolean closed, AffineTransform ocs) {
        List<Edge> edges = new ArrayList<>();
        int count = vertices.size();
        int segments = closed ? count : count - 1;
        for (int i = 0; i < segments; i++) {
            double[] a = vertices.get(i);
            double[] b = vertices.get((i + 1) % count);
            Edge edge = bulgeEdge(new Vec(a[0], a[1]), new Vec(b[0], b[1]), a[2]);
            if (edge != null) {
                edges.add(edge.transform(ocs));
            }
        }
        return edges;
    }

    /**
     * Returns the edge from {@code p} to {@code q} with {@code bulge}, the tangent of a quarter of
     * the arc's included angle: positive turns counter-clockwise, negative clockwise, zero is a line.
     */
    static Edge bulgeEdge(Vec p, Vec q, double bulge) {
        double chord = p.distance(q);
        if (chord == 0) {
            return null;
        }
        if (Math.abs(bulge) < 1e-12) {
            return new LineEdge(p, q);
        }
        Vec direction = q.minus(p).times(1 / chord);
        Vec left = new Vec(-direction.y(), direction.x());
        Vec center = p.plus(q).times(0.5).plus(left.times(chord / 2 * (1 - bulge * bulge) / (2 * bulge)));
        double radius = chord * (1 + bulge * bulge) / (4 * Math.abs(bulge));
        double startAngle = Math.atan2(p.y() - center.y(), p.x() - center.x());
        return ArcEdge.circular(center, radius, startAngle, 4 * Math.atan(bulge));
    }

    private void spline(DxfEntity e, boolean engrave, Context context) throws LayoutAnalysisException {
        List<Vec> points = DxfSpline.sample(e, options.limits(), drawing);
        boolean closedFlag = (e.integer(70, 0) & 1) != 0;
        List<Edge> edges = new ArrayList<>(points.size());
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).equals(points.get(i - 1))) {
                edges.add(new LineEdge(points.get(i - 1), points.get(i)));
            }
        }
        Vec first = points.get(0);
        Vec last = points.get(points.size() - 1);
        if (closedFlag && !first.equals(last)) {
            edges.add(new LineEdge(last, first));
        }
        add(edges, closedFlag, engrave, context);
    }

    private void insert(DxfEntity e, Context context) throws LayoutAnalysisException {
        String name = document.text().decode(e.raw(2) == null ? "" : e.raw(2));
        DxfDocument.Block block = document.block(name);
        if (block == null) {
            drawing.warn("layout.warning.missingBlock", name);
            return;
        }
        String key = name.toUpperCase(Locale.ROOT);
        if (insertPath.contains(key)) {
            throw new LayoutAnalysisException("layout.error.insertCycle", drawing.fileName(), name);
        }
        if (insertPath.size() >= options.limits().maxNestingDepth()) {
            throw new LayoutAnalysisException("layout.error.tooDeep", drawing.fileName(), options.limits().maxNestingDepth());
        }
        int columns = Math.max(1, e.integer(70, 1));
        int rows = Math.max(1, e.integer(71, 1));
        drawing.budget().spend((long) columns * rows);
        insertPath.push(key);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                AffineTransform placed = placement(e, block, column * e.number(44, 0), row * e.number(45, 0));
                AffineTransform transform = new AffineTransform(context.transform());
                transform.concatenate(placed);
                addAll(block.entities(), new Context(transform, context.blockLayer(), context.blockColor()), false);
            }
        }
        insertPath.pop();
    }

    /** Returns the map from block coordinates to the INSERT's world XY for one cell of a MINSERT array. */
    private static AffineTransform placement(DxfEntity e, DxfDocument.Block block, double columnOffset, double rowOffset)
            throws LayoutAnalysisException {
        AffineTransform t = Ocs.of(e).toWorld(e.number(30, 0));
        t.translate(e.number(10, 0), e.number(20, 0));
        t.rotate(Math.toRadians(e.number(50, 0)));
        t.translate(columnOffset, rowOffset);
        t.scale(e.number(41, 1), e.number(42, 1));
        t.translate(-block.baseX(), -block.baseY());
        return t;
    }

    private static double positiveModulo(double value, double modulus) {
        double result = value % modulus;
        return result < 0 ? result + modulus : result;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}

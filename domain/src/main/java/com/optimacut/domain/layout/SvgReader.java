package com.optimacut.domain.layout;

import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an SVG file into a {@link Drawing}: every rendered shape and path, with nested transforms,
 * {@code <use>} references and the root viewport mapped to millimetres. Elements with
 * {@code display:none} (attribute or {@code style}) are left out with their children.
 */
final class SvgReader {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String XLINK_NAMESPACE = "http://www.w3.org/1999/xlink";
    private static final String INKSCAPE_NAMESPACE = "http://www.inkscape.org/namespaces/inkscape";
    private static final Set<String> SHAPES = Set.of("path", "rect", "circle", "ellipse", "line", "polyline", "polygon");
    private static final Set<String> CONTAINERS = Set.of("g", "a", "switch");

    private final Drawing drawing;
    private final LayoutOptions options;
    private final Set<String> engraveColors;
    private final Map<String, Element> elementsById = new HashMap<>();
    private final Set<Element> activeReferences = new HashSet<>();

    /** The state an element inherits from its ancestors. */
    private record Context(AffineTransform transform, boolean engrave, String stroke, int depth) {
    }

    private SvgReader(Drawing drawing, LayoutOptions options) {
        this.drawing = drawing;
        this.options = options;
        this.engraveColors = options.engraveSvgColors().stream().map(SvgColors::normalize).collect(Collectors.toSet());
    }

    static Drawing read(String fileName, byte[] content, LayoutOptions options) throws LayoutAnalysisException {
        Document document = SvgDocuments.parse(fileName, content);
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            throw new LayoutAnalysisException("layout.error.notSvg", fileName);
        }
        Drawing drawing = new Drawing(fileName, options);
        SvgReader reader = new SvgReader(drawing, options);
        reader.indexIds(root);
        AffineTransform viewport = SvgViewport.rootTransform(root, drawing);
        reader.children(root, new Context(viewport, false, null, 0));
        return drawing;
    }

    private void indexIds(Element root) throws LayoutAnalysisException {
        List<Element> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Element element = pending.remove(pending.size() - 1);
            drawing.budget().spend(1);
            if (element.hasAttribute("id")) {
                elementsById.putIfAbsent(element.getAttribute("id"), element);
            }
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element childElement) {
                    pending.add(childElement);
                }
            }
        }
    }

    private void children(Element parent, Context context) throws LayoutAnalysisException {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && SVG_NAMESPACE.equals(element.getNamespaceURI())) {
                element(element, context);
            }
        }
    }

    private void element(Element element, Context parent) throws LayoutAnalysisException {
        drawing.budget().spend(1);
        if (parent.depth() >= options.limits().maxNestingDepth()) {
            throw new LayoutAnalysisException("layout.error.tooDeep", drawing.fileName(), options.limits().maxNestingDepth());
        }
        Map<String, String> style = style(element);
        if ("none".equals(property(element, style, "display"))) {
            return;
        }
        Context context = contextOf(element, style, parent);
        String name = element.getLocalName();
        if (SHAPES.contains(name)) {
            shape(element, context);
        } else if (CONTAINERS.contains(name)) {
            children(element, context);
        } else if (name.equals("svg")) {
            AffineTransform nested = new AffineTransform(context.transform());
            nested.concatenate(SvgViewport.nestedTransform(element));
            children(element, new Context(nested, context.engrave(), context.stroke(), context.depth()));
        } else if (name.equals("use")) {
            use(element, context);
        }
        // defs, symbol, clipPath, mask, marker, pattern, text and image draw nothing to cut by themselves
    }

    private Context contextOf(Element element, Map<String, String> style, Context parent) {
        AffineTransform transform = new AffineTransform(parent.transform());
        AffineTransform own = SvgTransforms.parse(element.getAttribute("transform"));
        if (own == null) {
            drawing.warn("layout.warning.invalidTransform", describe(element));
        } else {
            transform.concatenate(own);
        }
        String stroke = property(element, style, "stroke");
        boolean layer = element.getLocalName().equals("g") && (options.isEngraveLayer(element.getAttribute("id"))
                || options.isEngraveLayer(element.getAttributeNS(INKSCAPE_NAMESPACE, "label")));
        return new Context(transform, parent.engrave() || layer, stroke == null ? parent.stroke() : stroke, parent.depth() + 1);
    }

    private void shape(Element element, Context context) throws LayoutAnalysisException {
        List<SvgPathParser.Subpath> subpaths;
        if (element.getLocalName().equals("path")) {
            SvgPathParser parser = SvgPathParser.parse(element.getAttribute("d"));
            if (parser.failed()) {
                drawing.warn("layout.warning.pathData", describe(element));
            }
            subpaths = parser.subpaths();
        } else {
            subpaths = SvgShapes.outline(element);
        }
        boolean engrave = context.engrave() || engraveColors.contains(SvgColors.normalize(context.stroke()));
        for (SvgPathParser.Subpath subpath : subpaths) {
            List<Edge> edges = new ArrayList<>(subpath.edges().size());
            for (Edge edge : subpath.edges()) {
                edges.add(edge.transform(context.transform()));
            }
            drawing.add(edges, subpath.closed(), engrave);
        }
    }

    /** Draws the element that a {@code <use>} references, moved by the use's x and y; cycles fail. */
    private void use(Element use, Context context) throws LayoutAnalysisException {
        String href = use.hasAttribute("href") ? use.getAttribute("href") : use.getAttributeNS(XLINK_NAMESPACE, "href");
        Element target = href.startsWith("#") ? elementsById.get(href.substring(1)) : null;
        if (target == null) {
            drawing.warn("layout.warning.useNotFound", href);
            return;
        }
        if (!activeReferences.add(target)) {
            throw new LayoutAnalysisException("layout.error.useCycle", drawing.fileName(), href);
        }
        AffineTransform transform = new AffineTransform(context.transform());
        transform.translate(SvgLengths.userUnits(use.getAttribute("x"), 0), SvgLengths.userUnits(use.getAttribute("y"), 0));
        Context placed = new Context(transform, context.engrave(), context.stroke(), context.depth());
        if (target.getLocalName().equals("symbol")) {
            transform.concatenate(SvgViewport.symbolTransform(target, use));
            children(target, placed);
        } else {
            element(target, placed);
        }
        activeReferences.remove(target);
    }

    private static Map<String, String> style(Element element) {
        Map<String, String> result = new HashMap<>();
        for (String declaration : element.getAttribute("style").split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                result.put(declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        declaration.substring(colon + 1).replace("!important", "").strip());
            }
        }
        return result;
    }

    /** Returns a presentation property: the {@code style} declaration wins over the attribute, as in CSS. */
    private static String property(Element element, Map<String, String> style, String name) {
        String value = style.get(name);
        if (value == null && element.hasAttribute(name)) {
            value = element.getAttribute(name);
        }
        return value == null || value.isBlank() || value.equals("inherit") ? null : value.strip();
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id");
        return id.isEmpty() ? "<" + element.getLocalName() + ">" : "<" + element.getLocalName() + " id=\"" + id + "\">";
    }
}

package com.optimacut.it.client;

import com.optimacut.it.support.Deployments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The shared sample layouts, copied to {@code src/test/resources/layouts} and packed into the test WAR. */
public final class LayoutSamples {

    public static final String RECT_WITH_HOLE_DXF = "rect_with_hole.dxf";
    public static final String RECT_WITH_HOLE_SVG = "rect_with_hole_mm.svg";
    public static final String TRUNCATED_DXF = "truncated.dxf";

    private static final String[] ALL = {RECT_WITH_HOLE_DXF, RECT_WITH_HOLE_SVG, TRUNCATED_DXF};

    private LayoutSamples() {
    }

    /** Adds the samples and this class to the test WAR of {@code ear}. */
    public static EnterpriseArchive addTo(EnterpriseArchive ear) {
        WebArchive tests = ear.getAsType(WebArchive.class, Deployments.APPLICATION + ".war");
        tests.addClass(LayoutSamples.class);
        for (String name : ALL) {
            tests.addAsResource("layouts/" + name);
        }
        return ear;
    }

    /** Returns a sample's bytes, read from the test WAR inside the server. */
    public static byte[] read(String name) {
        try (InputStream in = LayoutSamples.class.getResourceAsStream("/layouts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("sample layout missing from the test archive: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the bytes of a minimal PDF file, which needs dimensions entered by hand. */
    public static byte[] pdf(String marker) {
        String text = "%PDF-1.4\n% " + marker + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}

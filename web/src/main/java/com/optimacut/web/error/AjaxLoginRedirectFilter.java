package com.optimacut.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Turns the login page, when an Ajax request arrives at it, into an Ajax redirect to the screen
 * the request came from.
 * <p>
 * After the session has timed out, the next Ajax request of an open screen is sent to the login
 * page by Jakarta Security with an HTTP redirect, which the browser's XMLHttpRequest follows on
 * its own and keeps the {@code Faces-Request: partial/ajax} header. A login page sent as the
 * response to an Ajax request would be ignored, and the screen would seem dead. This filter responds
 * with a partial response that makes the browser load the referring screen ({@link ReturnAddress})
 * as a page. Jakarta Security then shows the login page and, after the login, returns to that
 * screen with its query.
 */
@WebFilter("/login.xhtml")
public class AjaxLoginRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(AjaxLoginRedirectFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        String target = ReturnAddress.of(request).orElse(request.getContextPath() + "/login.xhtml");
        LOG.fine(() -> "Ajax request sent to the login page; redirecting the browser to " + target);
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + escapeXml(target) + "\"/></partial-response>");
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package com.optimacut.web.error;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The address of the screen a request came from, taken from its {@code Referer} header. A Faces
 * form posts to its view's address without the page's query, so only the referring address
 * keeps parameters such as the project id of {@code /app/projects/view.xhtml?id=12}.
 * <p>
 * Only a screen of this application behind the login ({@code <context>/app/...}) is returned, as
 * a path and query on this server: a forged header can make the redirect go to another screen of
 * the application, never to another site.
 */
public final class ReturnAddress {

    private ReturnAddress() {
    }

    /** Returns the referring screen as {@code /context/app/...?query}, or empty when there is none. */
    public static Optional<String> of(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null || referer.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(referer);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (!isScreen(path, request.getContextPath())) {
            return Optional.empty();
        }
        return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /**
     * Returns whether {@code address}, a path with an optional query, is a screen behind the login
     * on this server, such as an address returned by {@link #of} and sent back by a form.
     */
    public static boolean isScreen(String address, String contextPath) {
        return address != null && address.startsWith(contextPath + "/app/") && !address.contains("/../")
                && !address.contains("//") && !address.contains("\\");
    }
}

package com.optimacut.it.browser;

import com.optimacut.it.report.RevenueFixture;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.TestSettings;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The test JVM's side of {@link ScreensScenarioServlet}: one HTTP POST per step. */
final class ScreensScenario {

    private final HttpClient http = HttpClient.newHttpClient();

    /** Performs one step in the test server and returns its outcome. */
    String step(String operation, String... parameters) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("operation", operation);
        form.put("tag", BrowserScenario.uniqueTag());
        for (int i = 0; i < parameters.length; i += 2) {
            form.put(parameters[i], parameters[i + 1]);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(TestSettings.baseUrl().replaceFirst("/optimacut$", "/" + Deployments.APPLICATION)
                + "/screens-scenario");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(operation + " failed with HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    /** Returns the archive that contains the servlet and the fixtures it uses. */
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ScreensScenarioServlet.class, DifficultyNotifier.class,
                BoardFixture.class, BoardFixture.Catalogue.class, RevenueFixture.class);
    }
}

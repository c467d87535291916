package com.optimacut.it.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.optimacut.it.project.ProjectDriver;
import com.optimacut.it.project.ProjectFixture;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.TestSettings;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The courier request and the acceptance e-mail as they reach an SMTP server, and an SMTP outage.
 * <p>
 * This class runs in the test JVM, where GreenMail listens on the test server's SMTP port; it
 * drives the services through {@link MailScenarioServlet} in the test archive and reads the
 * outbox over JDBC. Recipients are unique per test, so mail of other tests does not count.
 */
@ExtendWith(ArquillianExtension.class)
class CourierMailIT {

    /** Maximum wait for the outbox worker (1 s passes, retries from 10 s doubling) to act. */
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(MailScenarioServlet.class, ProjectFixture.class, ProjectFixture.Catalogue.class,
                ProjectDriver.class, ProjectDriver.Stage.class);
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void courierMailsReachSmtpOncePerSend() throws Exception {
        startSmtp();
        String courier = "courier-" + tag + "@example.test";
        String project = step("courierProject", "courier", courier, "name", "Курьер " + tag);

        List<String> outcomes = List.of(step("send", "project", project), step("send", "project", project),
                step("reset", "project", project), step("send", "project", project));
        awaitAllSent(courier, 2);

        assertEquals(List.of("SENT", "delivery.courier.alreadySent", "RESET", "SENT"), outcomes);
        List<MimeMessage> received = receivedBy(courier);
        assertEquals(2, received.size());
        assertEquals("Заявка в курьерскую службу: Курьер " + tag + ", " + deliveryDate(), received.get(0).getSubject());
    }

    @Test
    void acceptanceMailReachesClientOnce() throws Exception {
        startSmtp();
        String client = "client-" + tag + "@example.test";
        String project = step("doneProject", "email", client, "name", "Заказ " + tag);

        List<String> outcomes = List.of(step("accept", "project", project), step("suspend", "project", project),
                step("resume", "project", project), step("accept", "project", project));
        awaitAllSent(client, 1);

        assertEquals(List.of("QUEUED", "SUSPENDED", "ACCEPTED", "project.transition.forbidden"), outcomes);
        List<MimeMessage> received = receivedBy(client);
        assertEquals(1, received.size());
        assertEquals("Оптима-Кат: заказ «Заказ " + tag + "» готов", received.get(0).getSubject());
    }

    @Test
    void smtpOutageDelaysMailAndLosesNone() throws Exception {
        String courier = "outage-" + tag + "@example.test";
        int requests = 3;
        for (int i = 0; i < requests; i++) {
            String project = step("courierProject", "courier", courier, "name", "Сбой " + i + " " + tag);
            step("send", "project", project);
        }

        awaitFailedAttempts(courier, requests);
        assertEquals(requests, unsentCount(courier), "every message stays in the outbox while SMTP is down");
        startSmtp();
        awaitAllSent(courier, requests);

        List<MimeMessage> received = receivedBy(courier);
        assertEquals(requests, received.size());
        assertEquals(requests, subjects(received).size(), "each project's request arrives once");
    }

    // ---- SMTP -------------------------------------------------------------------------------

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(TestSettings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private List<MimeMessage> receivedBy(String recipient) throws MessagingException {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address address : message.getAllRecipients()) {
                if (address.toString().equals(recipient)) {
                    messages.add(message);
                }
            }
        }
        return messages;
    }

    private static java.util.Set<String> subjects(List<MimeMessage> messages) throws MessagingException {
        java.util.Set<String> subjects = new HashSet<>();
        for (MimeMessage message : messages) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private static String deliveryDate() {
        return java.time.LocalDate.now().plusDays(2).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    // ---- The server side --------------------------------------------------------------------

    /** Performs one step in the test server and returns its outcome or the rejection key. */
    private String step(String operation, String... parameters) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("operation", operation);
        form.put("tag", tag + "-" + UUID.randomUUID().toString().substring(0, 4));
        for (int i = 0; i < parameters.length; i += 2) {
            form.put(parameters[i], parameters[i + 1]);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(TestSettings.baseUrl().replaceFirst("/optimacut$", "/" + Deployments.APPLICATION)
                + "/mail-scenario");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 409) {
            throw new IllegalStateException(operation + " failed with HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    // ---- The outbox -------------------------------------------------------------------------

    private void awaitAllSent(String recipient, int expected) throws SQLException, InterruptedException {
        awaitOutbox("select count(*) from outbox_mail where recipient = ? and sent_at is not null", recipient,
                expected, "sent");
        assertEquals(expected, countRows("select count(*) from outbox_mail where recipient = ?", recipient),
                "messages queued for " + recipient);
    }

    private void awaitFailedAttempts(String recipient, int expected) throws SQLException, InterruptedException {
        awaitOutbox("select count(*) from outbox_mail where recipient = ? and attempts >= 1 and sent_at is null",
                recipient, expected, "failed at least once");
    }

    private int unsentCount(String recipient) throws SQLException {
        return countRows("select count(*) from outbox_mail where recipient = ? and sent_at is null", recipient);
    }

    private void awaitOutbox(String sql, String recipient, int expected, String state)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
        int count = countRows(sql, recipient);
        while (count < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            count = countRows(sql, recipient);
        }
        assertTrue(count >= expected, count + " of " + expected + " messages to " + recipient + " " + state
                + " within " + MAIL_TIMEOUT.toSeconds() + " s");
    }

    private static int countRows(String sql, String recipient) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(),
                TestSettings.dbPassword());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, recipient);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

package com.optimacut.it.remote;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimacut.it.support.TestSettings;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The remote API as an integrator calls it: {@link RemoteApiClient} runs in a JVM of its own with
 * the server's client library and the API's client jar only. On Payara it talks IIOP with
 * {@code gf-client.jar} and the accounts that {@code test-server.sh} created in the realm
 * {@code optimacut-integrators}; on WildFly ({@code -Pit-wildfly}) remote+http with
 * {@code wildfly-client-all.jar} and accounts in the application realm. Not an Arquillian test:
 * nothing here runs inside the server. What must change nothing is checked in the database.
 */
class RemoteApiIT {

    /**
     * What the client JVM needs opened on JDK 17 for the ORB's serialization. Opening
     * {@code javax.management.openmbean} as well, to silence a warning, breaks the ORB's start.
     */
    private static final List<String> OPENS = List.of("java.base/java.lang", "java.base/java.io",
            "java.base/java.util", "java.base/java.net", "java.base/java.nio", "java.base/sun.nio.ch",
            "java.base/java.time");

    private static final boolean WILDFLY = "wildfly".equals(System.getProperty("optimacut.it.server"));

    /**
     * What a call with a wrong password or none gets. Payara: the lookup already fails, with the
     * CSIv2 rejection as cause. WildFly: the first call cannot open the connection, because the
     * server rejects the login (SASL).
     */
    private static final String LOGIN_REJECTED = WILDFLY
            ? "org.jboss.ejb.client.RequestSendFailedException javax.security.sasl.SaslException"
            : "javax.naming.NamingException org.omg.CORBA.NO_PERMISSION";
    /** What a call of an account without the role gets: the bean's role check rejects it. */
    private static final String ACCESS_DENIED = WILDFLY
            ? "jakarta.ejb.EJBAccessException jakarta.ejb.EJBAccessException"
            : "jakarta.ejb.EJBAccessException org.omg.CORBA.NO_PERMISSION";

    /**
     * WildFly's client configuration for the program: DIGEST-MD5 only, as on an integrator's own
     * machine. Without it, a client on the server's machine signs in silently as the local user
     * (JBOSS-LOCAL-USER) when it gives no password.
     */
    private static final String WILDFLY_CLIENT_CONFIG = """
            <configuration>
                <authentication-client xmlns="urn:elytron:client:1.2">
                    <authentication-rules>
                        <rule use-configuration="remote-api"/>
                    </authentication-rules>
                    <authentication-configurations>
                        <configuration name="remote-api">
                            <sasl-mechanism-selector selector="DIGEST-MD5"/>
                        </configuration>
                    </authentication-configurations>
                </authentication-client>
            </configuration>
            """;

    /** Where {@code create-domain --portbase} puts the IIOP listener. */
    private static final int IIOP_OFFSET = 37;

    private static final String USER = System.getProperty("optimacut.it.remoteUser", "");
    private static final String PASSWORD = System.getProperty("optimacut.it.remotePassword", "");

    @Test
    void integratorRunsProjectLifecycle() throws Exception {
        String name = unique("api-life");
        String phone = "+7 9" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        Map<String, String> out = run(USER, PASSWORD, "lifecycle", name, phone, sample().toString());

        String projectId = out.get("project.id");
        assertAll(
                () -> assertEquals("WAITING", out.get("project.status"), "status after create"),
                () -> assertEquals("1", out.get("list.total"), "projects listed for the new client"),
                () -> assertEquals(projectId, out.get("list.ids"), "the listed project"),
                () -> assertEquals(out.get("client.id"), out.get("client.byEmail"), "client found by e-mail"),
                () -> assertEquals(out.get("client.id"), out.get("client.byPhone"), "client found by phone"),
                () -> assertEquals("true", out.get("client.updatedVersion"), "contacts update raises the version"),
                () -> assertEquals("ApiException CONFLICT concurrent.modification", out.get("client.staleUpdate")),
                () -> assertEquals("OPEN", out.get("inquiry.outcome"), "inquiry outcome"),
                () -> assertEquals("ApiException RULE_VIOLATION project.launch.already", out.get("launch.again")),
                () -> assertEquals("ApiException CONFLICT concurrent.modification", out.get("launch.stale")),
                () -> assertEquals("SUSPENDED", out.get("suspended.status")),
                () -> assertEquals("WAITING", out.get("resumed.status")),
                () -> assertEquals("ApiException RULE_VIOLATION delivery.incomplete", out.get("courier.incomplete")),
                () -> assertEquals("WAITING", out.get("card.status"), "status read back"),
                () -> assertEquals("true", out.get("card.launched"), "launched"),
                () -> assertEquals("1", out.get("card.items"), "items"),
                () -> assertEquals("plate.dxf", out.get("card.item.file"), "layout file name"),
                () -> assertNotEquals("null", out.get("card.price"), "price computed"),
                () -> assertEquals(USER, out.get("card.createdBy"), "author of the project"),
                () -> assertEquals("CREATE:" + USER + ",LAUNCH:" + USER + ",SUSPEND:" + USER + ",RESUME:" + USER,
                        out.get("card.history"), "history with the integrator as actor"),
                () -> assertEquals("REFUSED", out.get("refused.status")));
        assertEquals(USER, queryString("select actor from status_change where project_id = ? and action = 'REFUSE'",
                Long.parseLong(projectId)), "actor stored in the database");
    }

    @Test
    void invalidCallsGetDocumentedErrors() throws Exception {
        String name = unique("api-invalid");
        Map<String, String> out = run(USER, PASSWORD, "invalid", name);

        long clientId = Long.parseLong(out.get("client.id"));
        assertAll(
                () -> assertEquals("ApiException INVALID_ARGUMENT api.invalidArgument", out.get("client.invalid")),
                () -> assertTrue(out.get("client.invalid.en").contains("fields.email"), out.get("client.invalid.en")),
                () -> assertTrue(out.get("client.invalid.en").contains("fields.name"), out.get("client.invalid.en")),
                () -> assertTrue(out.get("client.invalid.ru").startsWith("Запрос не принят"), out.get("client.invalid.ru")),
                () -> assertEquals("0", out.get("client.invalid.frames"), "no server stack trace"),
                () -> assertEquals("ApiException NOT_FOUND client.notFound", out.get("client.missing")),
                () -> assertEquals("ApiException NOT_FOUND project.notFound", out.get("project.missing")),
                () -> assertTrue(out.get("project.missing.ru").startsWith("Проект №"), out.get("project.missing.ru")),
                () -> assertTrue(out.get("project.missing.en").startsWith("Project"), out.get("project.missing.en")),
                () -> assertEquals("ApiException NOT_FOUND project.notFound", out.get("launch.missing")),
                () -> assertEquals("ApiException INVALID_ARGUMENT api.invalidArgument", out.get("refuse.blank")),
                () -> assertEquals("ApiException INVALID_ARGUMENT api.material.unknown",
                        out.get("project.unknownMaterial")),
                () -> assertEquals("ApiException INVALID_ARGUMENT api.invalidArgument", out.get("project.noItems")),
                () -> assertEquals("ApiException INVALID_ARGUMENT api.status.unknown", out.get("list.unknownStatus")));
        assertAll("nothing stored by the rejected calls",
                () -> assertEquals(0, count("select count(*) from client where notes = ?", name), "invalid client"),
                () -> assertEquals(0, count("select count(*) from project where client_id = ?", clientId), "projects"),
                () -> assertEquals(0, count("select count(*) from client_file where client_id = ?", clientId),
                        "layout files"));
    }

    @Test
    void wrongPasswordIsRejected() throws Exception {
        String name = unique("api-password");
        Map<String, String> out = run(USER, PASSWORD + "-wrong", "denied", name);

        assertAll(
                () -> assertEquals(LOGIN_REJECTED, out.get("materials")),
                () -> assertEquals(LOGIN_REJECTED, out.get("client.create")));
        assertEquals(0, count("select count(*) from client where name = ?", name), "client stored");
    }

    @Test
    void anonymousCallIsRejected() throws Exception {
        String name = unique("api-anonymous");
        Map<String, String> out = run(RemoteApiClient.ANONYMOUS, "", "denied", name);

        assertAll(
                () -> assertEquals(LOGIN_REJECTED, out.get("materials")),
                () -> assertEquals(LOGIN_REJECTED, out.get("client.create")));
        assertEquals(0, count("select count(*) from client where name = ?", name), "client stored");
    }

    @Test
    void accountWithoutRoleIsRejected() throws Exception {
        String name = unique("api-norole");
        Map<String, String> out = run(USER + "-norole", PASSWORD, "denied", name);

        assertAll(
                () -> assertEquals(ACCESS_DENIED, out.get("materials")),
                () -> assertEquals(ACCESS_DENIED, out.get("client.create")));
        assertEquals(0, count("select count(*) from client where name = ?", name), "client stored");
    }

    /** Runs the client program in a JVM of its own and returns its {@code key=value} lines. */
    private static Map<String, String> run(String user, String password, String... scenario)
            throws IOException, InterruptedException, URISyntaxException {
        String testClasses = Path.of(RemoteApiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (WILDFLY) {
            Path config = Files.createTempFile("wildfly-config", ".xml");
            Files.writeString(config, WILDFLY_CLIENT_CONFIG);
            config.toFile().deleteOnExit();
            URI server = URI.create(System.getProperty("optimacut.it.remoteUrl"));
            command.add("-D" + RemoteApiClient.SERVER_PROPERTY + "=wildfly");
            command.add("-Dwildfly.config.url=" + config.toUri());
            command.add("-cp");
            command.add(String.join(File.pathSeparator, System.getProperty("optimacut.it.wildflyClientJar"),
                    System.getProperty("optimacut.it.apiClientJar"), testClasses));
            command.add(RemoteApiClient.class.getName());
            command.add(server.getHost());
            command.add(String.valueOf(server.getPort()));
        } else {
            String glassfish = System.getProperty("payara.home") + "/glassfish";
            OPENS.forEach(open -> command.add("--add-opens=" + open + "=ALL-UNNAMED"));
            command.add("-Djava.security.auth.login.config=" + glassfish + "/lib/appclient/appclientlogin.conf");
            command.add("-cp");
            command.add(String.join(File.pathSeparator, glassfish + "/lib/gf-client.jar",
                    System.getProperty("optimacut.it.apiClientJar"), testClasses));
            command.add(RemoteApiClient.class.getName());
            command.add("127.0.0.1");
            command.add(String.valueOf(Integer.parseInt(System.getProperty("optimacut.it.payaraPortbase")) + IIOP_OFFSET));
        }
        command.add(user);
        command.add(password);
        command.addAll(List.of(scenario));

        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "client program timed out");
        System.out.println("RemoteApiClient " + scenario[0] + ":\n" + output);
        assertEquals(0, process.exitValue(), "client program exit code; output:\n" + output);

        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                lines.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return lines;
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(RemoteApiIT.class.getResource("/layouts/rect_with_hole.dxf").toURI());
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    private static long count(String sql, Object parameter) throws SQLException {
        return Long.parseLong(queryString(sql, parameter));
    }

    private static String queryString(String sql, Object parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestSettings.dbUrl(), TestSettings.dbUser(),
                TestSettings.dbPassword());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}

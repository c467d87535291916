package com.optimacut.it.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.ClientApi;
import com.optimacut.api.v1.ClientFields;
import com.optimacut.api.v1.ClientInfo;
import com.optimacut.api.v1.DeliveryApi;
import com.optimacut.api.v1.HistoryInfo;
import com.optimacut.api.v1.InquiryApi;
import com.optimacut.api.v1.InquiryForm;
import com.optimacut.api.v1.InquiryInfo;
import com.optimacut.api.v1.ItemOrder;
import com.optimacut.api.v1.MaterialApi;
import com.optimacut.api.v1.MaterialInfo;
import com.optimacut.api.v1.ProjectApi;
import com.optimacut.api.v1.ProjectCard;
import com.optimacut.api.v1.ProjectFilter;
import com.optimacut.api.v1.ProjectInfo;
import com.optimacut.api.v1.ProjectOrder;
import com.optimacut.api.v1.ResultPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * An integrator's program, run by {@link RemoteApiIT} in a JVM of its own whose class path holds
 * only the server's client library (Payara's {@code gf-client.jar} or WildFly's
 * {@code wildfly-client-all.jar}), the API's client jar and this class: what an integrator has.
 * It logs in, runs one scenario and prints one {@code key=value} line a result for the test to
 * check. A rejected call prints the exception instead of the result, never a stack trace.
 *
 * <pre>RemoteApiClient HOST PORT USER PASSWORD SCENARIO [ARGUMENT...]</pre>
 * USER {@value #ANONYMOUS} skips the login. PORT is Payara's IIOP port, or WildFly's HTTP port
 * when the system property {@value #SERVER_PROPERTY} is {@code wildfly}.
 * Scenarios: {@code lifecycle NAME PHONE DXF_FILE}, {@code invalid NAME}, {@code denied NAME}.
 */
public final class RemoteApiClient {

    /** The user name that makes the program call without logging in. */
    static final String ANONYMOUS = "-";

    /** The system property that names the server: {@code payara} (the default) or {@code wildfly}. */
    static final String SERVER_PROPERTY = "optimacut.api.server";

    private static final String REALM = "optimacut-integrators";
    private static final String PAYARA_PREFIX = "java:global/optimacut/optimacut-ejb/";
    /** WildFly's EJB client namespace: ejb:APPLICATION/MODULE/BEAN!INTERFACE. */
    private static final String WILDFLY_PREFIX = "ejb:optimacut/optimacut-ejb/";

    private final Context naming;
    private final String prefix;

    private RemoteApiClient(Context naming, String prefix) {
        this.naming = naming;
        this.prefix = prefix;
    }

    public static void main(String[] args) throws Exception {
        RemoteApiClient client = "wildfly".equals(System.getProperty(SERVER_PROPERTY))
                ? wildfly(args[0], args[1], args[2], args[3])
                : payara(args[0], args[1], args[2], args[3]);

        switch (args[4]) {
            case "lifecycle" -> client.lifecycle(args[5], args[6], Path.of(args[7]));
            case "invalid" -> client.invalid(args[5]);
            case "denied" -> client.denied(args[5]);
            default -> throw new IllegalArgumentException("unknown scenario " + args[4]);
        }
        System.out.flush();
        // The ORB keeps non-daemon threads: end the JVM explicitly.
        System.exit(0);
    }

    /** Connects to Payara over IIOP; the login travels with every call (CSIv2). */
    private static RemoteApiClient payara(String host, String port, String user, String password) throws Exception {
        Properties environment = new Properties();
        environment.setProperty(Context.INITIAL_CONTEXT_FACTORY, "com.sun.enterprise.naming.SerialInitContextFactory");
        environment.setProperty("org.omg.CORBA.ORBInitialHost", host);
        environment.setProperty("org.omg.CORBA.ORBInitialPort", port);
        if (!ANONYMOUS.equals(user)) {
            login(user, password);
        }
        return new RemoteApiClient(new InitialContext(environment), PAYARA_PREFIX);
    }

    /**
     * Connects to WildFly over remote+http on its HTTP port. The user name and password sign in
     * to the server's application realm when the first call opens the connection.
     */
    private static RemoteApiClient wildfly(String host, String port, String user, String password)
            throws NamingException {
        Properties environment = new Properties();
        environment.setProperty(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        environment.setProperty(Context.PROVIDER_URL, "remote+http://" + host + ":" + port);
        if (!ANONYMOUS.equals(user)) {
            environment.setProperty(Context.SECURITY_PRINCIPAL, user);
            environment.setProperty(Context.SECURITY_CREDENTIALS, password);
        }
        return new RemoteApiClient(new InitialContext(environment), WILDFLY_PREFIX);
    }

    /**
     * Gives the user name and password to Payara's client security, which sends them with every
     * call (CSIv2). Called through reflection so that this class compiles without Payara's jars;
     * an integrator's program can import the class directly.
     */
    private static void login(String user, String password) throws Exception {
        Class<?> type = Class.forName("com.sun.enterprise.security.ee.auth.login.ProgrammaticLogin");
        Object login = type.getConstructor().newInstance();
        type.getMethod("login", String.class, char[].class, String.class, boolean.class)
                .invoke(login, user, password.toCharArray(), REALM, true);
    }

    /**
     * Creates a client and a project with a DXF layout; lists, launches, suspends, resumes and
     * reads the project, then refuses it.
     */
    private void lifecycle(String name, String phone, Path dxf) throws Exception {
        ClientApi clients = lookup("ClientApiService", ClientApi.class);
        ProjectApi projects = lookup("ProjectApiService", ProjectApi.class);
        List<MaterialInfo> materials = lookup("MaterialApiService", MaterialApi.class).list();
        print("materials.count", materials.size());

        ClientFields fields = new ClientFields();
        fields.setName(name);
        fields.setEmail(name + "@example.com");
        fields.setPhone("+7 900 000-00-00");
        ClientInfo client = clients.create(fields);
        print("client.id", client.getId());
        print("client.byEmail", ids(clients.findByEmail(name.toUpperCase(Locale.ROOT) + "@example.com")));
        fields.setPhone(phone);
        ClientInfo updated = clients.updateContacts(client.getId(), client.getVersion(), fields);
        print("client.byPhone", ids(clients.findByPhone(phone.replace(" ", ""))));
        attempt("client.staleUpdate", () -> clients.updateContacts(client.getId(), client.getVersion(), fields));
        print("client.updatedVersion", updated.getVersion() > client.getVersion());

        InquiryForm form = new InquiryForm();
        form.setClientId(client.getId());
        form.setText("Website form: " + name);
        InquiryInfo inquiry = lookup("InquiryApiService", InquiryApi.class).create(form);
        print("inquiry.outcome", lookup("InquiryApiService", InquiryApi.class).find(inquiry.getId()).getOutcome());

        ItemOrder item = new ItemOrder();
        item.setQuantity(3);
        item.setMaterialCode(materials.get(0).getCode());
        item.setLayoutFileName("plate.dxf");
        item.setLayoutContent(Files.readAllBytes(dxf));
        ProjectOrder order = new ProjectOrder();
        order.setClientId(client.getId());
        order.setName(name);
        order.setItems(List.of(item));
        ProjectInfo created = projects.create(order);
        print("project.id", created.getId());
        print("project.status", created.getStatus());

        ProjectFilter filter = new ProjectFilter();
        filter.setClientId(client.getId());
        filter.setSize(10);
        ResultPage<ProjectInfo> page = projects.list(filter);
        print("list.total", page.getTotal());
        print("list.ids", page.getRows().stream().map(p -> String.valueOf(p.getId())).collect(Collectors.joining(",")));

        ProjectInfo launched = projects.launch(created.getId(), created.getVersion());
        attempt("launch.again", () -> projects.launch(created.getId(), null));
        attempt("launch.stale", () -> projects.suspend(created.getId(), created.getVersion(), null));
        ProjectInfo suspended = projects.suspend(created.getId(), launched.getVersion(), "API test");
        print("suspended.status", suspended.getStatus());
        print("resumed.status", projects.resume(created.getId(), suspended.getVersion(), null).getStatus());
        attempt("courier.incomplete", () -> lookup("DeliveryApiService", DeliveryApi.class)
                .markCourierRequestSent(created.getId()));
        LocalDate today = LocalDate.now();
        print("deliveries.total", lookup("DeliveryApiService", DeliveryApi.class)
                .list(today.toString(), today.plusDays(30).toString(), 0, 50).getTotal());

        ProjectCard card = projects.find(created.getId());
        print("card.status", card.getSummary().getStatus());
        print("card.launched", card.isLaunched());
        print("card.createdBy", card.getCreatedBy());
        print("card.items", card.getItems().size());
        print("card.item.file", card.getItems().get(0).getLayoutFileName());
        print("card.price", card.getSummary().getPriceTotal());
        print("card.history", card.getHistory().stream().map(RemoteApiClient::history)
                .collect(Collectors.joining(",")));
        print("refused.status", projects.refuse(created.getId(), null, "The client changed their mind").getStatus());
    }

    /** Calls that must be rejected with the documented error and change nothing. */
    private void invalid(String name) throws Exception {
        ClientApi clients = lookup("ClientApiService", ClientApi.class);
        ProjectApi projects = lookup("ProjectApiService", ProjectApi.class);

        ClientFields blank = new ClientFields();
        blank.setName(" ");
        blank.setEmail("not an address");
        blank.setNotes(name);
        attempt("client.invalid", () -> clients.create(blank));
        attempt("client.missing", () -> clients.find(Long.MAX_VALUE));
        attempt("project.missing", () -> projects.find(Long.MAX_VALUE));
        attempt("launch.missing", () -> projects.launch(Long.MAX_VALUE, null));
        attempt("refuse.blank", () -> projects.refuse(Long.MAX_VALUE, null, ""));

        ClientFields fields = new ClientFields();
        fields.setName(name);
        ClientInfo client = clients.create(fields);
        print("client.id", client.getId());
        ItemOrder item = new ItemOrder();
        item.setQuantity(1);
        item.setMaterialCode("NO-SUCH-MATERIAL");
        item.setLayoutFileName("plate.dxf");
        item.setLayoutContent("0\nEOF\n".getBytes());
        ProjectOrder order = new ProjectOrder();
        order.setClientId(client.getId());
        order.setName(name);
        order.setItems(List.of(item));
        attempt("project.unknownMaterial", () -> projects.create(order));
        ProjectOrder empty = new ProjectOrder();
        empty.setClientId(client.getId());
        empty.setName(name);
        attempt("project.noItems", () -> projects.create(empty));
        ProjectFilter filter = new ProjectFilter();
        filter.setStatuses(List.of("NO_SUCH_STATUS"));
        filter.setSize(10);
        attempt("list.unknownStatus", () -> projects.list(filter));
    }

    /** Calls a read and a change that a caller without the right account or role must not get through. */
    private void denied(String name) {
        attempt("materials", () -> lookup("MaterialApiService", MaterialApi.class).list());
        ClientFields fields = new ClientFields();
        fields.setName(name);
        attempt("client.create", () -> lookup("ClientApiService", ClientApi.class).create(fields));
    }

    private <T> T lookup(String bean, Class<T> type) throws NamingException {
        return type.cast(naming.lookup(prefix + bean + "!" + type.getName()));
    }

    /** Runs a call and prints its outcome: {@code ok} or the exception. */
    private static void attempt(String key, Callable<?> call) {
        try {
            call.call();
            print(key, "ok");
        } catch (ApiException e) {
            print(key, "ApiException " + e.getCode() + " " + e.getReason());
            print(key + ".ru", e.getMessage(Locale.forLanguageTag("ru")));
            print(key + ".en", e.getMessage(Locale.ENGLISH));
            print(key + ".frames", e.getStackTrace().length);
        } catch (Exception e) {
            print(key, e.getClass().getName() + " " + rootCause(e).getClass().getName());
        }
    }

    /**
     * Returns the innermost cause. WildFly's client reports a connection it could not open as an
     * exception without a cause that carries the reason (such as the rejected login) as a
     * suppressed exception, so that is followed as well.
     */
    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; depth < 20; depth++) {
            if (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            } else if (root.getSuppressed().length > 0) {
                root = root.getSuppressed()[0];
            } else {
                break;
            }
        }
        return root;
    }

    private static String ids(List<ClientInfo> clients) {
        return clients.stream().map(c -> String.valueOf(c.getId())).collect(Collectors.joining(","));
    }

    private static String history(HistoryInfo entry) {
        return entry.getAction() + ":" + entry.getActor();
    }

    private static void print(String key, Object value) {
        System.out.println(key + "=" + String.valueOf(value).replace('\n', ' '));
    }
}

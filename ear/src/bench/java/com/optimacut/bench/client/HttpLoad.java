package com.optimacut.bench.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the benchmark: browser-like sessions against the screens on loopback, written
 * with java.net.http only (run as a single-file program, no build).
 *
 * <pre>
 * java HttpLoad.java page BASE_URL USER PASSWORD STATUSES FIRST RUNS
 *     logs in, opens «Проекты», applies the status filter (comma-separated) and requests the
 *     table's page at FIRST (20 rows, the table's own page size; 25 is not among its sizes),
 *     by deadline, RUNS times over ajax; prints ms per request
 * java HttpLoad.java load BASE_URL USERS SECONDS RAMP_SECONDS
 *     USERS sessions, each with an account of its own. Three in four are managers (load-m001 …)
 *     on the projects table, paging to random pages and filtering by status. One in four is an
 *     executor (ex-001 …) on the board. User i signs in at i × RAMP_SECONDS / USERS. It keeps
 *     its session and signs in again only when the server ended it. All users then stay for
 *     SECONDS more, with 1–3 s of think time between requests. Prints one line with requests, errors,
 *     median, p95 and max ms over every request sent, resends and sign-ins, then the same per
 *     kind of request; every error and resend goes to standard error.
 * </pre>
 * BASE_URL is the application's root, such as http://127.0.0.1:23080/optimacut.
 * <p>
 * An error is a response other than HTTP 200, no response within 60 s, a broken connection, or
 * a wrong page. A wrong page is the login page or a redirect where the screen was expected, an
 * ajax error, or a table page without its first row. A request whose kept-alive connection the server closed
 * before sending any byte of the response is sent once more, as browsers do. Such a resend is
 * counted apart and is no error. The latency of a request runs from its first send to its
 * response or failure, so it includes a resend, and failed requests count in the median and p95.
 */
public final class HttpLoad {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final String TABLE = "projectsForm:projectsTable";
    private static final String LOGIN_FIELD = "loginForm:password";
    /** The JDK client's message when a connection closes before the first byte of a response. */
    private static final String CLOSED_BEFORE_ANSWER = "header parser received no bytes";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int LOGGED_ERRORS_MAX = 1000;
    private static final int REDIRECTS_MAX = 5;

    private final HttpClient http;
    private final String base;
    private final Stats stats;
    private final int user;
    private String viewState;
    private long lastAnswerNanos;
    private long exchanges;

    private HttpLoad(String base, Stats stats, int user) {
        this.base = base;
        this.stats = stats;
        this.user = user;
        // HTTP/1.1 as browsers speak it over plain HTTP: the JDK client would otherwise offer an h2c upgrade.
        // Redirects are followed in exchange(), because the JDK client keeps the timeout timer of a
        // redirected request running (seen with JDK 17.0.15, fixed in JDK 22). When that timer fired
        // 60 s later, it aborted whatever request was then in flight on the same kept-alive connection.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "page" -> page(args);
            case "load" -> load(args);
            default -> throw new IllegalArgumentException("mode page or load");
        }
    }

    private static void page(String[] args) throws Exception {
        HttpLoad session = new HttpLoad(args[1], new Stats(), 0);
        session.login(args[2], args[3]);
        session.openProjects();
        session.filter(args[4].split(","));
        int first = Integer.parseInt(args[5]);
        int runs = Integer.parseInt(args[6]);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            session.pageAt(first);
            System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e6);
        }
    }

    private static void load(String[] args) throws Exception {
        String base = args[1];
        int users = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long rampSeconds = Long.parseLong(args[4]);
        long started = System.nanoTime();
        long end = started + (rampSeconds + seconds) * 1_000_000_000L;
        Stats stats = new Stats();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            long signInAt = started + user * rampSeconds * 1_000_000_000L / users;
            Thread thread = new Thread(() -> new HttpLoad(base, stats, user).run(signInAt, end));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        stats.print();
    }

    /** Runs one user: signs in at {@code signInAt}, then sends requests until {@code end}. */
    private void run(long signInAt, long end) {
        boolean executor = user % 4 == 3;
        // One account per user: executors take ex-001, ex-002 … in turn, managers load-m<user + 1>.
        String account = executor ? String.format("ex-%03d", 1 + user / 4) : String.format("load-m%03d", 1 + user);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try {
            Thread.sleep(Math.max(0, (signInAt - System.nanoTime()) / 1_000_000));
            boolean signedIn = false;
            boolean reload = true;
            while (System.nanoTime() < end) {
                try {
                    if (!signedIn) {
                        login(account, "demo");
                        signedIn = true;
                        reload = true;
                    } else if (executor) {
                        board();
                    } else if (reload) {
                        openProjects();
                        reload = false;
                    } else if (random.nextInt(10) == 0) {
                        openProjects();
                        filter(random.nextBoolean() ? new String[] {"WAITING", "IN_PROGRESS"} : new String[] {"CLOSED"});
                    } else {
                        pageAt(25 * random.nextInt(400));
                    }
                } catch (SessionEndedException e) {
                    stats.error(user, e);
                    stats.signInsAgain.incrementAndGet();
                    signedIn = false;
                } catch (IOException e) {
                    stats.error(user, e);
                    // A person reloads the screen after an error: the view state may be gone.
                    reload = true;
                    if (!signedIn) {
                        // A person waits a while before signing in again. Retrying at once piles
                        // further password hashes onto a server that is already short of CPU.
                        Thread.sleep(20_000 + random.nextLong(20_000));
                    }
                }
                Thread.sleep(1000 + random.nextLong(2000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void login(String user, String password) throws IOException, InterruptedException {
        String page = get("login page", "/login.xhtml", true);
        viewState = find(VIEW_STATE, page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", user);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        stats.signIns.incrementAndGet();
        String answer = post("sign-in", "/login.xhtml", form);
        if (answer.contains(LOGIN_FIELD)) {
            throw new IOException("sign-in of " + user + " failed: the login page came back");
        }
    }

    private void openProjects() throws IOException, InterruptedException {
        viewState = find(VIEW_STATE, get("projects", "/app/projects/list.xhtml", false));
    }

    private void board() throws IOException, InterruptedException {
        String page = get("board", "/app/board.xhtml", false);
        if (!page.contains("boardForm")) {
            throw new IOException("GET /app/board.xhtml: the board did not render");
        }
    }

    private void filter(String... statuses) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder(encode(Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "projectsForm:applyFilters",
                "jakarta.faces.partial.execute", "projectsForm:filters",
                "jakarta.faces.partial.render", "projectsForm:filterMessages",
                "projectsForm:applyFilters", "projectsForm:applyFilters", "projectsForm", "projectsForm",
                "jakarta.faces.ViewState", viewState)));
        for (String status : statuses) {
            body.append("&").append(encode(Map.of("projectsForm:statusFilter", status)));
        }
        check("filter", send("filter", body.toString()));
    }

    /** Requests the table's page starting at row {@code first}, as the paginator does. */
    private void pageAt(int first) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", TABLE);
        form.put("jakarta.faces.partial.execute", TABLE);
        form.put("jakarta.faces.partial.render", TABLE);
        form.put("jakarta.faces.behavior.event", "page");
        form.put("jakarta.faces.partial.event", "page");
        form.put(TABLE + "_pagination", "true");
        form.put(TABLE + "_first", Integer.toString(first));
        form.put(TABLE + "_rows", "20");
        form.put(TABLE + "_skipChildren", "true");
        form.put(TABLE + "_encodeFeature", "true");
        form.put("projectsForm", "projectsForm");
        form.put("jakarta.faces.ViewState", viewState);
        String answer = send("page", encode(form));
        check("page", answer);
        if (Boolean.getBoolean("dump")) {
            System.err.println(answer);
        }
        if (!answer.contains("data-ri=\"" + first + "\"")) {
            throw new IOException("page at " + first + " has no row " + first + ": " + head(answer));
        }
    }

    /** Sends an ajax POST to the projects screen, as PrimeFaces does; returns the partial response. */
    private String send(String kind, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/app/projects/list.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = exchange(kind, request);
        expectOk(kind, response);
        if (response.body().contains(LOGIN_FIELD)) {
            throw new SessionEndedException(kind + ": ajax request was redirected to the login page");
        }
        Matcher state = PARTIAL_VIEW_STATE.matcher(response.body());
        if (state.find()) {
            viewState = state.group(1);
        }
        return response.body();
    }

    /** Rejects an ajax error and a redirect. A redirect to the login page means the session ended. */
    private static void check(String kind, String partial) throws IOException {
        if (partial.contains("<redirect") && partial.contains("/login.xhtml")) {
            throw new SessionEndedException(kind + ": ajax redirected to the login page: " + head(partial));
        }
        if (partial.contains("<error>") || partial.contains("<redirect")) {
            throw new IOException(kind + ": ajax returned " + head(partial));
        }
    }

    private String get(String kind, String path, boolean loginPage) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(kind,
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET().build());
        expectOk(kind, response);
        if (!loginPage && response.body().contains(LOGIN_FIELD)) {
            throw new SessionEndedException("GET " + path + " went to the login page");
        }
        return response.body();
    }

    private String post(String kind, String path, Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(kind, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
        expectOk(kind, response);
        return response.body();
    }

    private static void expectOk(String kind, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException(kind + ": " + response.request().method() + " " + response.uri().getPath()
                    + " answered HTTP " + response.statusCode() + ": " + head(response.body()));
        }
    }

    /**
     * Sends a request, follows its redirects as a browser does, and records the latency of the
     * whole under {@code kind}, whether it succeeds or not.
     */
    private HttpResponse<String> exchange(String kind, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = sendOnce(kind, request);
            for (int i = 0; i < REDIRECTS_MAX && isRedirect(response.statusCode()); i++) {
                response = sendOnce(kind, redirect(response));
            }
            return response;
        } catch (HttpTimeoutException e) {
            throw new HttpTimeoutException(kind + ": " + request.method() + " " + request.uri().getPath()
                    + " had no answer within " + TIMEOUT.toSeconds() + " s");
        } finally {
            stats.record(kind, (System.nanoTime() - start) / 1e6);
        }
    }

    /**
     * Sends a request. When the kept-alive connection closed before any byte of the response,
     * sends it once more on a new connection, as browsers do for a reused connection.
     */
    private HttpResponse<String> sendOnce(String kind, HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        try {
            return answered(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            if (!closedBeforeAnswer(e)) {
                throw e;
            }
            stats.resend(user, kind, request, (start - lastAnswerNanos) / 1_000_000,
                    (System.nanoTime() - start) / 1_000_000, exchanges);
            return answered(http.send(request, HttpResponse.BodyHandlers.ofString()));
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Builds the request a browser sends after a redirect: a GET, except after 307 and 308. */
    private static HttpRequest redirect(HttpResponse<String> response) throws IOException {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new IOException("HTTP " + response.statusCode() + " without a Location header from "
                        + response.uri().getPath()));
        HttpRequest previous = response.request();
        HttpRequest.Builder next = HttpRequest.newBuilder(response.uri().resolve(location)).timeout(TIMEOUT);
        int status = response.statusCode();
        if ((status == 307 || status == 308) && previous.bodyPublisher().isPresent()) {
            previous.headers().firstValue("Content-Type").ifPresent(type -> next.header("Content-Type", type));
            return next.method(previous.method(), previous.bodyPublisher().get()).build();
        }
        return next.GET().build();
    }

    private HttpResponse<String> answered(HttpResponse<String> response) {
        lastAnswerNanos = System.nanoTime();
        exchanges++;
        return response;
    }

    private static boolean closedBeforeAnswer(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(CLOSED_BEFORE_ANSWER)) {
                return true;
            }
        }
        return false;
    }

    private static String find(Pattern pattern, String text) throws IOException {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IOException("no " + pattern + " in the page: " + head(text));
        }
        return matcher.group(1);
    }

    private static String head(String text) {
        return text.substring(0, Math.min(300, text.length())).replace('\n', ' ');
    }

    private static String encode(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return body.toString();
    }

    /** A response that showed the login page where a screen was expected: the session ended. */
    private static final class SessionEndedException extends IOException {
        private static final long serialVersionUID = 1L;

        SessionEndedException(String message) {
            super(message);
        }
    }

    /** Latencies and counts of all sessions of a load run. */
    private static final class Stats {
        private final Map<String, List<Double>> latencies = Collections.synchronizedMap(new TreeMap<>());
        private final AtomicLong errors = new AtomicLong();
        private final AtomicLong resends = new AtomicLong();
        private final AtomicLong signIns = new AtomicLong();
        private final AtomicLong signInsAgain = new AtomicLong();

        void record(String kind, double ms) {
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
        }

        void error(int user, Exception e) {
            if (errors.incrementAndGet() <= LOGGED_ERRORS_MAX) {
                System.err.println(Instant.now() + " error, user " + user + ": " + e);
            }
        }

        void resend(int user, String kind, HttpRequest request, long idleMillis, long waitedMillis, long exchanges) {
            if (resends.incrementAndGet() <= LOGGED_ERRORS_MAX) {
                System.err.println(Instant.now() + " resent, user " + user + ": " + kind + " " + request.method()
                        + " " + request.uri().getPath() + ": the connection closed " + waitedMillis
                        + " ms after the request was sent, before any answer byte; sent " + idleMillis
                        + " ms after the previous answer, " + exchanges + " answers before");
            }
        }

        /** Prints the totals line (read by drill-load.sh), then one line per kind of request. */
        void print() {
            List<Double> all = new ArrayList<>();
            latencies.values().forEach(all::addAll);
            double[] total = summary(all);
            System.out.printf("requests %d errors %d median %.1f p95 %.1f max %.1f resends %d sign-ins %d again %d%n",
                    all.size(), errors.get(), total[0], total[1], total[2], resends.get(), signIns.get(),
                    signInsAgain.get());
            latencies.forEach((kind, list) -> {
                double[] row = summary(list);
                System.out.printf("  %-11s requests %6d median %8.1f p95 %8.1f max %8.1f%n", kind, list.size(),
                        row[0], row[1], row[2]);
            });
        }

        /** Returns median, p95 (nearest rank) and max of the latencies. */
        private static double[] summary(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new double[3];
            }
            return new double[] {sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1), sorted.get(sorted.size() - 1)};
        }
    }
}

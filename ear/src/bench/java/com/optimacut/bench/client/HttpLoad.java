package com.optimacut.bench.client;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * java HttpLoad.java load BASE_URL USERS SECONDS
 *     USERS sessions for SECONDS, each with an account of its own: three in four are managers
 *     (load-m001 …) on the projects table (paging to random pages, filtering by status), one in
 *     four an executor (ex-001 …) on the board; logins spread over the first two minutes, 1–3 s of
 *     think time between requests; prints requests, errors, median, p95 and max ms
 * </pre>
 * BASE_URL is the application's root, such as http://127.0.0.1:23080/optimacut.
 */
public final class HttpLoad {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
            "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");
    private static final String TABLE = "projectsForm:projectsTable";

    private final HttpClient http;
    private final String base;
    private String viewState;

    private HttpLoad(String base) {
        this.base = base;
        // HTTP/1.1 as browsers speak it over plain HTTP: the JDK client would otherwise offer an h2c upgrade.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "page" -> page(args);
            case "load" -> load(args);
            default -> throw new IllegalArgumentException("mode page or load");
        }
    }

    private static void page(String[] args) throws Exception {
        HttpLoad session = new HttpLoad(args[1]);
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
        long end = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            Thread thread = new Thread(() -> {
                boolean executor = user % 4 == 3;
                HttpLoad session = new HttpLoad(base);
                try {
                    // Logins are spread over the first two minutes, like people arriving: a login
                    // costs a deliberately slow password hash.
                    Thread.sleep(ThreadLocalRandom.current().nextLong(120_000));
                    if (executor) {
                        session.login(String.format("ex-%03d", 1 + user % 100), "demo");
                    } else {
                        session.login(String.format("load-m%03d", 1 + user), "demo");
                        session.openProjects();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("login of user " + user + " failed: " + e);
                    return;
                }
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        if (executor) {
                            session.board();
                        } else if (random.nextInt(10) == 0) {
                            session.openProjects();
                            session.filter(random.nextBoolean() ? new String[] {"WAITING", "IN_PROGRESS"}
                                    : new String[] {"CLOSED"});
                        } else {
                            session.pageAt(25 * random.nextInt(400));
                        }
                        latencies.add((System.nanoTime() - start) / 1e6);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 20) {
                            System.err.println("user " + user + ": " + e);
                        }
                    }
                    try {
                        Thread.sleep(1000 + random.nextLong(2000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        double max = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1);
        System.out.printf("requests %d errors %d median %.1f p95 %.1f max %.1f%n", sorted.size(), errors.get(),
                median, p95, max);
    }

    private void login(String user, String password) throws IOException, InterruptedException {
        String page = get("/login.xhtml");
        viewState = find(VIEW_STATE, page);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:username", user);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState);
        String answer = post("/login.xhtml", form, false);
        if (answer.contains("loginForm:password")) {
            throw new IOException("login of " + user + " failed");
        }
    }

    private void openProjects() throws IOException, InterruptedException {
        viewState = find(VIEW_STATE, get("/app/projects/list.xhtml"));
    }

    private void board() throws IOException, InterruptedException {
        String page = get("/app/board.xhtml");
        if (!page.contains("boardForm")) {
            throw new IOException("the board did not render");
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
        check(send(body.toString()));
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
        String answer = send(encode(form));
        check(answer);
        if (Boolean.getBoolean("dump")) {
            System.err.println(answer);
        }
        if (!answer.contains("data-ri=\"" + first + "\"")) {
            throw new IOException("page at " + first + " has no row " + first + ": "
                    + answer.substring(0, Math.min(300, answer.length())));
        }
    }

    private String send(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/app/projects/list.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        Matcher state = PARTIAL_VIEW_STATE.matcher(response.body());
        if (state.find()) {
            viewState = state.group(1);
        }
        return response.body();
    }

    private static void check(String partial) throws IOException {
        if (partial.contains("<error>") || partial.contains("<redirect")) {
            throw new IOException("ajax answered " + partial.substring(0, Math.min(300, partial.length())));
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + response.statusCode());
        }
        if (!path.equals("/login.xhtml") && response.body().contains("loginForm:password")) {
            throw new IOException("GET " + path + " went to the login page");
        }
        return response.body();
    }

    private String post(String path, Map<String, String> form, boolean ajax) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST " + path + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private static String find(Pattern pattern, String text) throws IOException {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IOException("no " + pattern + " in the page");
        }
        return matcher.group(1);
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
}

package com.optimacut.bench;

import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.deadline.DeadlineScheduler;
import com.optimacut.ejb.mail.MailOutbox;
import com.optimacut.ejb.project.ProjectQuery;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSort;
import com.optimacut.ejb.project.ProjectSummary;
import com.optimacut.ejb.work.WorkService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The benchmark's driver inside the server: timed loops over the application's services, run under
 * the bench identities (see the RunAs beans). Plain-text answers, one value per line, for the
 * scripts in server-config/bench. Deployed only by those scripts, in the application optimacut-bench.
 * <ul>
 * <li>{@code /bench/ping}</li>
 * <li>{@code /bench/page?runs=&first=&size=&statuses=} milliseconds of each ProjectService.list call</li>
 * <li>{@code /bench/escalate} milliseconds and projects raised of one DeadlineScheduler pass</li>
 * <li>{@code /bench/work?clients=&seconds=&log=} executors' take + complete under load</li>
 * <li>{@code /bench/scan?size=} pages through every project by deadline</li>
 * <li>{@code /bench/mail?count=&tag=} queues mails in the outbox, one transaction each</li>
 * </ul>
 */
@WebServlet("/bench/*")
public class BenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BenchServlet.class.getName());

    /** Layouts a work run may take: available, of launched unassigned projects waiting or in progress. */
    private static final String TAKEABLE = "select w.id from layout_work w join project p on p.id = w.project_id"
            + " where w.status = 'AVAILABLE' and p.launched_at is not null and p.assigned_executor_id is null"
            + " and p.status in ('WAITING', 'IN_PROGRESS') order by w.id desc limit ?";

    @EJB(beanName = "RunAsManager")
    private Identity manager;
    @EJB(beanName = "RunAsAdmin")
    private Identity admin;
    @EJB(beanName = "RunAsExecutor1")
    private Identity executor1;
    @EJB(beanName = "RunAsExecutor2")
    private Identity executor2;
    @EJB(beanName = "RunAsExecutor3")
    private Identity executor3;
    @EJB(beanName = "RunAsExecutor4")
    private Identity executor4;
    @EJB
    private ProjectService projects;
    @EJB
    private WorkService work;
    @EJB
    private DeadlineScheduler scheduler;
    @EJB
    private MailOutbox outbox;
    @Resource(lookup = "jdbc/optimacut")
    private DataSource dataSource;
    /** Threads with the application's naming and class-loading context, so they may call beans. */
    @Resource
    private ManagedThreadFactory threads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        String action = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            switch (action) {
                case "ping" -> out.println("ok");
                case "page" -> page(request, out);
                case "escalate" -> escalate(out);
                case "work" -> work(request, out);
                case "scan" -> scan(request, out);
                case "mail" -> mail(request, out);
                default -> response.sendError(404);
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Bench action " + action + " failed", e);
            response.setStatus(500);
            out.println("error: " + e);
        }
    }

    private static int param(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    /** Times the projects list: status filter, sort by deadline, a late page. */
    private void page(HttpServletRequest request, PrintWriter out) throws Exception {
        int runs = param(request, "runs", 30);
        int first = param(request, "first", 0);
        int size = param(request, "size", 25);
        Set<ProjectStatus> statuses = EnumSet.noneOf(ProjectStatus.class);
        String names = request.getParameter("statuses");
        if (names != null && !names.isBlank()) {
            Arrays.stream(names.split(",")).map(ProjectStatus::valueOf).forEach(statuses::add);
        }
        ProjectQuery query = new ProjectQuery(statuses, null, null, null, null, null, null, ProjectSort.DEADLINE,
                false, first, size);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Page<ProjectSummary> page = manager.call(() -> projects.list(query));
            long nanos = System.nanoTime() - start;
            if (page.rows().size() != Math.min(size, Math.max(0, page.total() - first))) {
                throw new IllegalStateException("page of " + page.rows().size() + " rows of " + page.total());
            }
            out.printf("%.3f%n", nanos / 1e6);
        }
    }

    /** Queues {@code count} mails with the subjects "bench-mail TAG N", N from 1, and prints their outbox ids' range. */
    private void mail(HttpServletRequest request, PrintWriter out) {
        int count = param(request, "count", 1000);
        String tag = request.getParameter("tag") == null ? "drill" : request.getParameter("tag");
        long low = Long.MAX_VALUE;
        long high = 0;
        for (int i = 1; i <= count; i++) {
            long id = outbox.enqueue("BENCH", "bench@localhost", "bench-mail " + tag + " " + i,
                    "Message " + i + " of the mail drill.", null);
            low = Math.min(low, id);
            high = Math.max(high, id);
        }
        out.println(low + " " + high);
    }

    private void escalate(PrintWriter out) throws Exception {
        long start = System.nanoTime();
        int raised = admin.call(() -> scheduler.runPass());
        out.printf("%.3f %d%n", (System.nanoTime() - start) / 1e6, raised);
    }

    /**
     * Pages through every project, {@code size} at a time, by deadline, one day of deadlines after
     * the other (the list's deadline filter), so that no page needs a long OFFSET. Prints the
     * number of rows read, the number of projects, the number of calls and the seconds taken.
     */
    private void scan(HttpServletRequest request, PrintWriter out) throws Exception {
        int size = param(request, "size", Page.MAX_SIZE);
        Instant low;
        Instant high;
        long projectCount;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select min(deadline), max(deadline), count(*) from project");
                ResultSet row = select.executeQuery()) {
            row.next();
            low = row.getTimestamp(1).toInstant();
            high = row.getTimestamp(2).toInstant();
            projectCount = row.getLong(3);
        }
        long start = System.nanoTime();
        long read = 0;
        long calls = 0;
        for (Instant from = low.truncatedTo(ChronoUnit.DAYS); !from.isAfter(high); from = from.plus(1, ChronoUnit.DAYS)) {
            Instant to = from.plus(1, ChronoUnit.DAYS).minusNanos(1000);
            int first = 0;
            long total;
            do {
                ProjectQuery query = new ProjectQuery(Set.of(), null, null, from, to, null, null, ProjectSort.DEADLINE,
                        false, first, size);
                Page<ProjectSummary> page = manager.call(() -> projects.list(query));
                calls++;
                total = page.total();
                first += page.rows().size();
                if (page.rows().isEmpty()) {
                    break;
                }
            } while (first < total);
            read += first;
        }
        out.printf("%d %d %d %.1f%n", read, projectCount, calls, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Runs {@code clients} threads for {@code seconds}; each takes and completes its own share of
     * the takeable layouts, as one of four executors. Every successful call is appended to the
     * client log {@code log} ("take ID" or "complete ID"), flushed at once. A call that fails is
     * retried on the same layout after 100 ms until the time is up (a completion whose layout is
     * taken is retried, never skipped), so that a database outage shows as errors and a pause.
     * Prints: calls, errors, seconds, calls per second, median and p95 of a call in ms.
     */
    private void work(HttpServletRequest request, PrintWriter out) throws Exception {
        int clients = param(request, "clients", 32);
        int seconds = param(request, "seconds", 30);
        Path log = Path.of(request.getParameter("log") == null ? "/dev/null" : request.getParameter("log"));
        List<Long> layouts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(TAKEABLE)) {
            select.setInt(1, clients * 4000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    layouts.add(rows.getLong(1));
                }
            }
        }
        Collections.shuffle(layouts);
        Identity[] executors = {executor1, executor2, executor3, executor4};
        AtomicLong calls = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients, threads);
        long start = System.nanoTime();
        try (BufferedWriter writer = Files.newBufferedWriter(log, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> {
                    Identity executor = executors[client % executors.length];
                    for (int i = client; i < layouts.size() && System.nanoTime() < deadline; i += clients) {
                        long id = layouts.get(i);
                        for (String step : new String[] {"take", "complete"}) {
                            while (System.nanoTime() < deadline) {
                                long t0 = System.nanoTime();
                                try {
                                    executor.call(() -> step.equals("take") ? work.take(id) : work.complete(id));
                                    latencies.add((System.nanoTime() - t0) / 1e6);
                                    calls.incrementAndGet();
                                    synchronized (writer) {
                                        writer.write(step + " " + id + " " + System.currentTimeMillis() + "\n");
                                        writer.flush();
                                    }
                                    break;
                                } catch (Exception e) {
                                    if (errors.incrementAndGet() <= 20) {
                                        LOG.log(Level.WARNING, "Bench " + step + " of layout " + id + " failed: " + e);
                                    }
                                    sleep(100);
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double median = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        double p95 = sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
        out.printf("%d %d %.2f %.1f %.2f %.2f%n", calls.get(), errors.get(), elapsed, calls.get() / elapsed, median,
                p95);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

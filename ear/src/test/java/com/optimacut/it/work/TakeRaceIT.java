package com.optimacut.it.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.optimacut.domain.project.ProjectAction;
import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.work.WorkService;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsExecutor2;
import com.optimacut.it.support.RunAsExecutor3;
import com.optimacut.it.support.RunAsExecutor4;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Executors acting on one project at the same moment, from four threads inside the server, each
 * calling {@link WorkService} as its own executor ({@code it-ex1} to {@code it-ex4}).
 */
@ExtendWith(ArquillianExtension.class)
class TakeRaceIT {

    private static final int LAYOUTS = 20;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(TakeRaceIT.class, ProjectFixture.class, RoleCalls.class,
                RoleCalls.RoleCall.class);
    }

    @Inject
    private WorkService work;

    @Inject
    private ProjectFixture fixture;

    @Inject
    private RunAsExecutor1 asEx1;

    @Inject
    private RunAsExecutor2 asEx2;

    @Inject
    private RunAsExecutor3 asEx3;

    @Inject
    private RunAsExecutor4 asEx4;

    private long material;
    private ExecutorService threads;

    @BeforeEach
    void createExecutors() {
        material = fixture.newMaterial();
        for (String executor : List.of("it-ex1", "it-ex2", "it-ex3", "it-ex4")) {
            fixture.ensureExecutor(executor, material);
        }
        threads = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void everyLayoutHasExactlyOneTaker() throws Exception {
        long project = fixture.newProject(null, null, true, materials(LAYOUTS));
        List<Long> layouts = fixture.layoutIds(project);
        Map<Long, AtomicInteger> successes = new ConcurrentHashMap<>();
        Queue<String> rejections = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        List<RoleCalls.RoleCall> executors = List.of(asEx1::call, asEx2::call, asEx3::call, asEx4::call);
        CountDownLatch start = new CountDownLatch(1);

        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < executors.size(); i++) {
            RoleCalls.RoleCall executor = executors.get(i);
            List<Long> order = new ArrayList<>(layouts);
            Collections.shuffle(order, new Random(i));
            runs.add(threads.submit(() -> {
                start.await();
                for (Long layout : order) {
                    try {
                        executor.call(() -> work.take(layout));
                        successes.computeIfAbsent(layout, id -> new AtomicInteger()).incrementAndGet();
                    } catch (BusinessException e) {
                        rejections.add(e.getKey());
                    } catch (Exception e) {
                        unexpected.add(e.toString());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(2, TimeUnit.MINUTES);
        }

        assertEquals(List.of(), List.copyOf(unexpected));
        assertEquals(LAYOUTS, successes.size());
        assertEquals(Set.of(1), new TreeSet<>(successes.values().stream().map(AtomicInteger::get).toList()));
        assertEquals(3 * LAYOUTS, rejections.size());
        assertEquals(Set.of("layout.alreadyTaken"), Set.copyOf(rejections));
        assertEquals(LAYOUTS, fixture.takers(project).stream().filter(taker -> taker != null).count());
        assertEquals("IN_PROGRESS", fixture.status(project));
        assertEquals(1, fixture.historyActors(project, ProjectAction.FIRST_TAKE).size());
    }

    @Test
    void concurrentLastCompletionsFinishProject() throws Exception {
        Map<Long, String> statuses = new TreeMap<>();
        Map<Long, Integer> lastCompleteRows = new TreeMap<>();
        Map<Long, Integer> expectedRows = new TreeMap<>();
        for (int round = 0; round < 5; round++) {
            long project = fixture.newProject(null, null, true, material, material);
            List<Long> layouts = fixture.layoutIds(project);
            asEx1.call(() -> work.take(layouts.get(0)));
            asEx2.call(() -> work.take(layouts.get(1)));

            runTogether(() -> asEx1.call(() -> work.complete(layouts.get(0))),
                    () -> asEx2.call(() -> work.complete(layouts.get(1))));

            statuses.put(project, fixture.status(project));
            lastCompleteRows.put(project, fixture.historyActors(project, ProjectAction.LAST_COMPLETE).size());
            expectedRows.put(project, 1);
        }

        assertEquals(Set.of("DONE"), Set.copyOf(statuses.values()));
        assertEquals(expectedRows, lastCompleteRows);
    }

    private void runTogether(Callable<?> first, Callable<?> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<?> firstRun = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<?> secondRun = threads.submit(() -> {
            start.await();
            return second.call();
        });
        start.countDown();
        firstRun.get(1, TimeUnit.MINUTES);
        secondRun.get(1, TimeUnit.MINUTES);
    }

    private long[] materials(int count) {
        long[] ids = new long[count];
        Arrays.fill(ids, material);
        return ids;
    }
}

package com.optimacut.it.project;

import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.ejb.project.DeliveryFields;
import com.optimacut.ejb.project.ItemLine;
import com.optimacut.ejb.project.NewProject;
import com.optimacut.ejb.project.ProjectDetails;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.support.RunAsManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Brings a new project into a given state through the services as {@code it-manager}, and
 * through {@link ProjectFixture} as the executor {@code it-ex1} for the layout actions, one
 * transaction per step, as real users would.
 */
public class ProjectDriver {

    /** The executor who takes and completes layouts in the driven projects. */
    public static final String EXECUTOR = "it-ex1";

    /** The states a test can start from; {@code LAUNCHED} is «Ждёт очереди» after «Запустить проект». */
    public enum Stage {
        WAITING(ProjectStatus.WAITING),
        LAUNCHED(ProjectStatus.WAITING),
        IN_PROGRESS(ProjectStatus.IN_PROGRESS),
        DIFFICULTIES(ProjectStatus.DIFFICULTIES),
        DONE(ProjectStatus.DONE),
        ACCEPTED(ProjectStatus.ACCEPTED),
        CLOSED(ProjectStatus.CLOSED),
        REFUSED(ProjectStatus.REFUSED),
        /** Suspended from «В процессе». */
        SUSPENDED(ProjectStatus.SUSPENDED);

        public final ProjectStatus status;

        Stage(ProjectStatus status) {
            this.status = status;
        }
    }

    private final RunAsManager asManager;
    private final ProjectService projects;
    private final ProjectFixture fixture;

    public ProjectDriver(RunAsManager asManager, ProjectService projects, ProjectFixture fixture) {
        this.asManager = asManager;
        this.projects = projects;
        this.fixture = fixture;
    }

    /** Returns a tag that makes names unique to one test. */
    public static String uniqueTag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a catalogue for a new client with the given e-mail (or none) and it-ex1 competent for its material. */
    public ProjectFixture.Catalogue catalogue(String tag, String clientEmail) {
        return fixture.catalogue(tag, clientEmail, EXECUTOR);
    }

    /** Creates a project of the catalogue's client with {@code itemCount} items and the delivery. */
    public long create(ProjectFixture.Catalogue catalogue, String name, int itemCount, DeliveryFields delivery)
            throws Exception {
        List<ItemLine> items = java.util.stream.IntStream.range(0, itemCount)
                .mapToObj(i -> new ItemLine(null, i + 1, catalogue.fileId(), catalogue.materialId(), null)).toList();
        NewProject request = new NewProject(catalogue.clientId(), null, null, name, "Описание " + name,
                Instant.now().plus(10, ChronoUnit.DAYS), "Фанера клиента, ячейка 12", items, null, delivery);
        return asManager.call(() -> projects.create(request)).id();
    }

    /** Creates a one-item project and drives it to {@code stage}. */
    public long projectAt(Stage stage, ProjectFixture.Catalogue catalogue, String name) throws Exception {
        long id = create(catalogue, name, 1, null);
        driveTo(stage, id);
        return id;
    }

    /** Drives a new, one-item project from «Ждёт очереди» to {@code stage}. */
    public void driveTo(Stage stage, long id) throws Exception {
        switch (stage) {
            case WAITING -> { }
            case LAUNCHED -> launch(id);
            case IN_PROGRESS -> take(id);
            case DIFFICULTIES -> {
                take(id);
                asManager.call(() -> projects.reportDifficulty(id, null, "Материал закончился"));
            }
            case DONE -> complete(id);
            case ACCEPTED -> {
                complete(id);
                asManager.call(() -> projects.accept(id, null, null));
            }
            case CLOSED -> {
                complete(id);
                asManager.call(() -> projects.accept(id, null, null));
                asManager.call(() -> projects.close(id, null, null));
            }
            case REFUSED -> asManager.call(() -> projects.refuse(id, null, "Клиент передумал"));
            case SUSPENDED -> {
                take(id);
                asManager.call(() -> projects.suspend(id, null, null));
            }
        }
    }

    /** Returns the project's details as the manager sees them. */
    public ProjectDetails details(long id) throws Exception {
        return asManager.call(() -> projects.details(id));
    }

    /** Returns the layout ids of the project in item order. */
    public List<Long> layoutIds(long id) throws Exception {
        return details(id).items().stream().map(item -> item.layoutId()).toList();
    }

    private void launch(long id) throws Exception {
        asManager.call(() -> projects.launch(id, null));
    }

    /** Launches the project and lets it-ex1 take its first layout: «В процессе». */
    public void take(long id) throws Exception {
        launch(id);
        fixture.take(EXECUTOR, layoutIds(id).get(0));
    }

    /** Launches, takes and completes every layout: «Выполнен». */
    public void complete(long id) throws Exception {
        launch(id);
        for (long layoutId : layoutIds(id)) {
            fixture.take(EXECUTOR, layoutId);
            fixture.complete(EXECUTOR, layoutId);
        }
    }
}

package com.optimacut.domain.project;

import com.optimacut.domain.client.Client;
import com.optimacut.domain.client.ClientFile;
import com.optimacut.domain.executor.Executor;
import com.optimacut.domain.executor.Trade;
import com.optimacut.domain.layout.LayoutFormat;
import com.optimacut.domain.material.Material;
import com.optimacut.domain.material.MaterialKind;
import com.optimacut.domain.user.Role;
import com.optimacut.domain.user.UserAccount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** Builds projects in each status through the public methods, as the services would. */
final class ProjectFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final String MANAGER = "manager";
    static final String SHA = "a".repeat(64);

    final Client client = new Client("ООО «Ромашка»", NOW);
    final Material plywood = material("PLY-4", "Фанера ФК 4 мм");
    final Material acrylic = material("ACR-3", "Акрил 3 мм");
    final Executor laser = executor("ivanov", plywood);
    final Executor other = executor("petrov", plywood);

    static Material material(String code, String name) {
        return new Material(code, name, MaterialKind.PLYWOOD, new BigDecimal("4"), new BigDecimal("1525"),
                new BigDecimal("1525"));
    }

    static Executor executor(String username, Material... competencies) {
        UserAccount account = new UserAccount(username, username, "hash", Set.of(Role.EXECUTOR), NOW);
        Executor executor = new Executor(account, Trade.LASER_OPERATOR);
        for (Material material : competencies) {
            executor.addCompetence(material);
        }
        return executor;
    }

    ClientFile file() {
        return new ClientFile(client, "panel.dxf", "image/vnd.dxf", 10, SHA, LayoutFormat.DXF, MANAGER, NOW);
    }

    /** Creates a waiting, unlaunched project with {@code items} plywood items. */
    Project waiting(int items) {
        Project project = new Project(client, "Вывески", MANAGER, NOW);
        for (int i = 0; i < items; i++) {
            project.addItem(2, file(), plywood, null, NOW);
        }
        return project;
    }

    Project launched() {
        Project project = waiting(1);
        project.launch(MANAGER, NOW);
        return project;
    }

    Project inProgress() {
        Project project = launched();
        project.layouts().get(0).take(laser, NOW);
        return project;
    }

    Project withDifficulties() {
        Project project = inProgress();
        project.layouts().get(0).reportDifficulty(laser, "Фанера с браком", NOW);
        return project;
    }

    Project done() {
        Project project = inProgress();
        project.layouts().get(0).complete(laser, NOW);
        return project;
    }

    Project accepted() {
        Project project = done();
        project.accept(MANAGER, null, NOW);
        return project;
    }

    Project closed() {
        Project project = accepted();
        project.close(MANAGER, null, NOW);
        return project;
    }

    Project refused() {
        Project project = waiting(1);
        project.refuse(MANAGER, "Клиент передумал", NOW);
        return project;
    }

    Project suspendedFromInProgress() {
        Project project = inProgress();
        project.suspend(MANAGER, null, NOW);
        return project;
    }

    /** Creates a project in {@code status}; a waiting one is not launched, a suspended one was in progress. */
    Project in(ProjectStatus status) {
        return switch (status) {
            case WAITING -> waiting(1);
            case IN_PROGRESS -> inProgress();
            case DIFFICULTIES -> withDifficulties();
            case DONE -> done();
            case ACCEPTED -> accepted();
            case CLOSED -> closed();
            case REFUSED -> refused();
            case SUSPENDED -> suspendedFromInProgress();
        };
    }

    static StatusChange lastChange(Project project) {
        return project.getHistory().get(project.getHistory().size() - 1);
    }
}

package com.optimacut.it.project;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.delivery.DeliveryService;
import com.optimacut.ejb.project.NewProject;
import com.optimacut.ejb.project.ProjectChanges;
import com.optimacut.ejb.project.ProjectQuery;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.support.Deployments;
import com.optimacut.it.support.RunAsAdmin;
import com.optimacut.it.support.RunAsExecutor1;
import com.optimacut.it.support.RunAsIntegrator;
import com.optimacut.it.support.RunAsManager;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Each public method of {@link ProjectService} and {@link DeliveryService} called as each role and
 * anonymously: a role that is not allowed gets {@code EJBAccessException}, an allowed one gets
 * through. The calls name a project that does not exist, so an allowed call ends with
 * {@code ...notFound} (or an empty list) and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRolesIT {

    private static final long MISSING = -1;
    private static final Set<String> MANAGER = Set.of("MANAGER");
    private static final Set<String> MANAGER_ADMIN = Set.of("MANAGER", "ADMIN");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer(ServiceRolesIT.class);
    }

    @Inject
    private ProjectService projects;

    @Inject
    private DeliveryService deliveries;

    @Inject
    private RunAsAdmin asAdmin;

    @Inject
    private RunAsManager asManager;

    @Inject
    private RunAsExecutor1 asExecutor;

    @Inject
    private RunAsIntegrator asIntegrator;

    /** Each service method by name, with the roles allowed to call it. */
    private final Map<String, Set<String>> allowedRoles = new LinkedHashMap<>();
    private final Map<String, Callable<?>> calls = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        LocalDate today = LocalDate.now();
        method("ProjectService.create", MANAGER, () -> projects.create(new NewProject(MISSING, null, null, "Роли",
                null, null, null, List.of(), null, null)));
        method("ProjectService.update", MANAGER, () -> projects.update(new ProjectChanges(MISSING, 0, "Роли", null,
                null, null, null, null, null, null)));
        method("ProjectService.details", MANAGER_ADMIN, () -> projects.details(MISSING));
        method("ProjectService.list", MANAGER_ADMIN, () -> projects.list(ProjectQuery.all(1)));
        method("ProjectService.history", MANAGER_ADMIN, () -> projects.history(MISSING, 0, 10));
        method("ProjectService.launch", MANAGER, () -> projects.launch(MISSING, null));
        method("ProjectService.accept", MANAGER, () -> projects.accept(MISSING, null, null));
        method("ProjectService.close", MANAGER, () -> projects.close(MISSING, null, null));
        method("ProjectService.refuse", MANAGER, () -> projects.refuse(MISSING, null, "Причина"));
        method("ProjectService.suspend", MANAGER, () -> projects.suspend(MISSING, null, null));
        method("ProjectService.resume", MANAGER, () -> projects.resume(MISSING, null, null));
        method("ProjectService.resolveDifficulties", MANAGER, () -> projects.resolveDifficulties(MISSING, null, null));
        method("ProjectService.reportDifficulty", MANAGER, () -> projects.reportDifficulty(MISSING, null, "Трудность"));
        method("ProjectService.rework", MANAGER, () -> projects.rework(MISSING, null, "Причина", List.of()));
        method("DeliveryService.list", MANAGER_ADMIN, () -> deliveries.list(today, today, 0, 10));
        method("DeliveryService.sendCourierRequest", MANAGER, () -> deliveries.sendCourierRequest(MISSING));
        method("DeliveryService.reset", MANAGER, () -> deliveries.reset(MISSING));
        method("DeliveryService.courierEvents", MANAGER_ADMIN, () -> deliveries.courierEvents(MISSING, 0, 10));
    }

    @Test
    void adminReachesOnlyReads() {
        assertRole("ADMIN", call -> () -> asAdmin.call(call));
    }

    @Test
    void managerReachesEveryMethod() {
        assertRole("MANAGER", call -> () -> asManager.call(call));
    }

    @Test
    void executorReachesNoMethod() {
        assertRole("EXECUTOR", call -> () -> asExecutor.call(call));
    }

    @Test
    void integratorReachesNoMethod() {
        assertRole("INTEGRATOR", call -> () -> asIntegrator.call(call));
    }

    @Test
    void anonymousReachesNoMethod() {
        assertRole("anonymous", call -> call::call);
    }

    private void method(String name, Set<String> roles, Callable<?> call) {
        allowedRoles.put(name, roles);
        calls.put(name, call);
    }

    /** Calls every method as the role through {@code runAs} and checks that exactly the allowed ones get through. */
    private void assertRole(String role, Function<Callable<?>, Executable> runAs) {
        assertAll(role, calls.entrySet().stream().map(entry -> {
            String name = entry.getKey();
            Executable call = runAs.apply(entry.getValue());
            if (allowedRoles.get(name).contains(role)) {
                return (Executable) () -> passesAuthorization(name + " as " + role, call);
            }
            return (Executable) () -> assertThrows(EJBAccessException.class, call, name + " as " + role);
        }));
    }

    /** Runs an allowed call; a business rejection means the call got past the role check. */
    private static void passesAuthorization(String label, Executable call) throws Throwable {
        try {
            call.execute();
        } catch (BusinessException e) {
            // The call reached the service, which rejected the missing project.
        } catch (EJBAccessException e) {
            throw new AssertionError(label + " was rejected by the role check", e);
        }
    }
}

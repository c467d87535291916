package com.optimacut.it.browser;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.project.DeliveryFields;
import com.optimacut.ejb.project.ItemLine;
import com.optimacut.ejb.project.NewProject;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.support.RunAsManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Lets the browser tests, which run in the test JVM, create their projects inside the test server:
 * each POST performs one step as {@code it-manager} and returns the outcome as plain text, or the
 * {@link BusinessException} key with status 409. Deployed only in the test archive.
 * <p>
 * Operations: {@code project} (parameters {@code name}, {@code launch} = true|false and optionally
 * {@code deliveryDays}, the delivery date in days from today) returns the new project's id;
 * {@code suspend} (parameter {@code project}) suspends a project.
 */
@WebServlet("/browser-scenario")
public class BrowserScenarioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunAsManager asManager;

    @Inject
    private ProjectService projects;

    @Inject
    private BoardFixture fixture;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain;charset=UTF-8");
        try {
            response.getWriter().print(perform(request));
        } catch (BusinessException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.getWriter().print(e.getKey());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private String perform(HttpServletRequest request) throws Exception {
        String operation = request.getParameter("operation");
        return switch (operation) {
            case "project" -> String.valueOf(createProject(request));
            case "suspend" -> {
                long id = Long.parseLong(request.getParameter("project"));
                yield asManager.call(() -> projects.suspend(id, null, "Проверка доски")).status().name();
            }
            default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
    }

    /** Creates a one-item project of the demo plywood for a new client, launched when asked. */
    private long createProject(HttpServletRequest request) throws Exception {
        String name = request.getParameter("name");
        BoardFixture.Catalogue catalogue = fixture.catalogue(request.getParameter("tag"));
        String deliveryDays = request.getParameter("deliveryDays");
        DeliveryFields delivery = deliveryDays == null ? null : new DeliveryFields("ул. Лесная, 5", "Иван Петров",
                "+7 900 111-22-33", LocalDate.now().plusDays(Long.parseLong(deliveryDays)));
        ItemLine item = new ItemLine(null, 3, catalogue.fileId(), catalogue.materialId(), null);
        // A deadline two days ahead puts the layout above the demo layouts, which are due in seven.
        NewProject project = new NewProject(catalogue.clientId(), null, null, name, "Описание " + name,
                Instant.now().plus(2, ChronoUnit.DAYS), "Фанера мастерской, стеллаж 1", List.of(item), null,
                delivery);
        long id = asManager.call(() -> projects.create(project)).id();
        if (Boolean.parseBoolean(request.getParameter("launch"))) {
            asManager.call(() -> projects.launch(id, null));
        }
        return id;
    }
}

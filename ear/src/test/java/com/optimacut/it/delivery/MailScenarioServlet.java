package com.optimacut.it.delivery;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.delivery.DeliveryService;
import com.optimacut.ejb.project.DeliveryFields;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.project.ProjectDriver;
import com.optimacut.it.project.ProjectFixture;
import com.optimacut.it.support.RunAsManager;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;

/**
 * Lets a client-side test, which runs the SMTP server, drive the services inside the test server:
 * each POST performs one step as {@code it-manager} and returns the outcome as plain text, or
 * the {@link BusinessException} key with status 409. Deployed only in the test archive.
 */
@WebServlet("/mail-scenario")
public class MailScenarioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunAsManager asManager;

    @Inject
    private ProjectService projects;

    @Inject
    private DeliveryService deliveries;

    @Inject
    private ProjectFixture fixture;

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
        String tag = request.getParameter("tag");
        ProjectDriver driver = new ProjectDriver(asManager, projects, fixture);
        return switch (operation) {
            case "courierProject" -> {
                fixture.setCourierEmail(request.getParameter("courier"));
                ProjectFixture.Catalogue catalogue = driver.catalogue(tag, null);
                DeliveryFields delivery = new DeliveryFields("ул. Лесная, 5", "Иван Петров", "+7 900 111-22-33",
                        LocalDate.now().plusDays(2));
                yield String.valueOf(driver.create(catalogue, request.getParameter("name"), 1, delivery));
            }
            case "doneProject" -> {
                ProjectFixture.Catalogue catalogue = driver.catalogue(tag, request.getParameter("email"));
                yield String.valueOf(driver.projectAt(ProjectDriver.Stage.DONE, catalogue, request.getParameter("name")));
            }
            case "send" -> {
                long id = projectId(request);
                asManager.call(() -> deliveries.sendCourierRequest(id));
                yield "SENT";
            }
            case "reset" -> {
                long id = projectId(request);
                asManager.call(() -> deliveries.reset(id));
                yield "RESET";
            }
            case "accept" -> {
                long id = projectId(request);
                yield asManager.call(() -> projects.accept(id, null, null)).mail().name();
            }
            case "suspend" -> {
                long id = projectId(request);
                yield asManager.call(() -> projects.suspend(id, null, null)).status().name();
            }
            case "resume" -> {
                long id = projectId(request);
                yield asManager.call(() -> projects.resume(id, null, null)).status().name();
            }
            default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
    }

    private static long projectId(HttpServletRequest request) {
        return Long.parseLong(request.getParameter("project"));
    }
}

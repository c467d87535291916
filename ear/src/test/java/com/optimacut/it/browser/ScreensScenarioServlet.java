package com.optimacut.it.browser;

import com.optimacut.ejb.common.BusinessException;
import com.optimacut.ejb.project.ItemLine;
import com.optimacut.ejb.project.NewProject;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.it.report.RevenueFixture;
import com.optimacut.it.support.RunAsManager;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * Test data for the browser tests of the report, the deadline calendar and the notification
 * push, created inside the test server: each POST performs one step and returns its outcome as
 * plain text, or the {@link BusinessException} key with status 409. Deployed only in the test
 * archive.
 * <p>
 * Operations: {@code project} (parameters {@code name}, {@code deadline} as {@code yyyy-MM-dd})
 * returns the new project's id; {@code refuse} (parameter {@code project}) refuses it;
 * {@code revenue} (parameter {@code source}) creates that lead source with two projects created
 * now, one of them closed now with 1 234.50 ₽; {@code difficulty} (parameters {@code project},
 * {@code text}) writes the managers' notifications of a reported difficulty, as
 * {@code WorkService.reportDifficulty} does.
 */
@WebServlet("/screens-scenario")
public class ScreensScenarioServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private RunAsManager asManager;

    @Inject
    private ProjectService projects;

    @Inject
    private BoardFixture boardFixture;

    @EJB
    private RevenueFixture revenueFixture;

    @EJB
    private DifficultyNotifier notifier;

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
            case "refuse" -> {
                long id = Long.parseLong(request.getParameter("project"));
                yield asManager.call(() -> projects.refuse(id, null, "Клиент передумал")).status().name();
            }
            case "revenue" -> String.valueOf(revenue(request.getParameter("source")));
            case "difficulty" -> String.valueOf(notifier.difficultyReported(
                    Long.parseLong(request.getParameter("project")), request.getParameter("text")));
            default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
    }

    /** Creates a one-item project of the demo plywood for a new client, due at noon of the given day. */
    private long createProject(HttpServletRequest request) throws Exception {
        BoardFixture.Catalogue catalogue = boardFixture.catalogue(request.getParameter("tag"));
        Instant deadline = LocalDate.parse(request.getParameter("deadline")).atTime(LocalTime.NOON)
                .atZone(ZoneId.systemDefault()).toInstant();
        ItemLine item = new ItemLine(null, 1, catalogue.fileId(), catalogue.materialId(), null);
        NewProject project = new NewProject(catalogue.clientId(), null, null, request.getParameter("name"), null,
                deadline, null, List.of(item), null, null);
        return asManager.call(() -> projects.create(project)).id();
    }

    private long revenue(String sourceName) {
        long source = revenueFixture.leadSourceNamed(sourceName);
        Instant now = Instant.now();
        revenueFixture.project(source, now);
        long closed = revenueFixture.project(source, now);
        revenueFixture.changeStatus(closed, "ACCEPTED", "CLOSED", "CLOSE", new BigDecimal("1234.50"), now);
        return source;
    }
}

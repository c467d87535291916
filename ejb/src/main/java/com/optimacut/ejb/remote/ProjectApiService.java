package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.ErrorCode;
import com.optimacut.api.v1.ItemOrder;
import com.optimacut.api.v1.ProjectApi;
import com.optimacut.api.v1.ProjectCard;
import com.optimacut.api.v1.ProjectFilter;
import com.optimacut.api.v1.ProjectInfo;
import com.optimacut.api.v1.ProjectOrder;
import com.optimacut.api.v1.ResultPage;
import com.optimacut.domain.project.ProjectStatus;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.catalog.MaterialService;
import com.optimacut.ejb.catalog.MaterialSummary;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.UploadedFile;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.project.ItemLine;
import com.optimacut.ejb.project.NewProject;
import com.optimacut.ejb.project.ProjectQuery;
import com.optimacut.ejb.project.ProjectService;
import com.optimacut.ejb.project.ProjectSort;
import com.optimacut.ejb.project.ProjectSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link ProjectApi} on {@link ProjectService}, {@link ClientService} (the layout files) and
 * {@link MaterialService} (codes to ids). Integrators and managers.
 */
@Stateless
@RunAs(Role.Names.MANAGER)
@Interceptors(RemoteCallGuard.class)
public class ProjectApiService implements ProjectApi {

    @EJB
    private ProjectService projects;

    @EJB
    private ClientService clients;

    @EJB
    private MaterialService materials;

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectInfo create(ProjectOrder order) throws ApiException {
        clients.find(order.getClientId());
        Map<String, Long> materialIds = materials.listActive().stream()
                .filter(material -> material.code() != null)
                .collect(Collectors.toMap(MaterialSummary::code, MaterialSummary::id, (a, b) -> a));

        List<ItemLine> lines = new ArrayList<>();
        for (ItemOrder item : order.getItems()) {
            Long materialId = materialIds.get(item.getMaterialCode());
            if (materialId == null) {
                throw ApiErrors.of(ErrorCode.INVALID_ARGUMENT, "api.material.unknown", item.getMaterialCode());
            }
            UploadedFile file = clients.upload(order.getClientId(), item.getLayoutFileName(), item.getLayoutContent());
            lines.add(new ItemLine(null, item.getQuantity(), file.file().id(), materialId, null));
        }

        ProjectSummary created = projects.create(new NewProject(order.getClientId(), null, null, order.getName(),
                order.getDescription(), ApiViews.instant(order.getDeadline()), order.getMaterialLocation(), lines,
                null, null));
        return ApiViews.project(created);
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectCard find(long projectId) throws ApiException {
        return ApiViews.card(projects.details(projectId));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ResultPage<ProjectInfo> list(ProjectFilter filter) throws ApiException {
        ProjectQuery query = new ProjectQuery(statuses(filter.getStatuses()), filter.getClientId(), null, null, null,
                null, ApiViews.instant(filter.getUpdatedSince()), ProjectSort.CREATED_AT, true, filter.getFirst(),
                filter.getSize());
        Page<ProjectSummary> page = projects.list(query);
        return new ResultPage<>(page.rows().stream().map(ApiViews::project).toList(), page.total());
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectInfo launch(long projectId, Long expectedVersion) throws ApiException {
        return ApiViews.project(projects.launch(projectId, expectedVersion));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectInfo accept(long projectId, Long expectedVersion, String comment) throws ApiException {
        return ApiViews.project(projects.accept(projectId, expectedVersion, comment).project());
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectInfo close(long projectId, Long expectedVersion, String comment) throws ApiException {
        return ApiViews.project(projects.close(projectId, expectedVersion, comment));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectInfo refuse(long projectId, Long expectedVersion, String reason) throws ApiException {
        return ApiViews.project(projects.refuse(projectId, expectedVersion, reason));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectInfo suspend(long projectId, Long expectedVersion, String comment) throws ApiException {
        return ApiViews.project(projects.suspend(projectId, expectedVersion, comment));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ProjectInfo resume(long projectId, Long expectedVersion, String comment) throws ApiException {
        return ApiViews.project(projects.resume(projectId, expectedVersion, comment));
    }

    private static Set<ProjectStatus> statuses(List<String> names) throws ApiException {
        Map<String, ProjectStatus> known = Arrays.stream(ProjectStatus.values())
                .collect(Collectors.toMap(Enum::name, Function.identity()));
        Set<ProjectStatus> statuses = EnumSet.noneOf(ProjectStatus.class);
        for (String name : names) {
            ProjectStatus status = known.get(name);
            if (status == null) {
                throw ApiErrors.of(ErrorCode.INVALID_ARGUMENT, "api.status.unknown", name,
                        Arrays.stream(ProjectStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
            statuses.add(status);
        }
        return statuses;
    }
}

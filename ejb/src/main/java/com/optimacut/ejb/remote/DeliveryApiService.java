package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.DeliveryApi;
import com.optimacut.api.v1.DeliveryInfo;
import com.optimacut.api.v1.ErrorCode;
import com.optimacut.api.v1.ResultPage;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.common.Page;
import com.optimacut.ejb.delivery.DeliveryService;
import com.optimacut.ejb.delivery.DeliverySummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@link DeliveryApi} on {@link DeliveryService}. Integrators and managers. */
@Stateless
@RunAs(Role.Names.MANAGER)
@Interceptors(RemoteCallGuard.class)
public class DeliveryApiService implements DeliveryApi {

    @EJB
    private DeliveryService deliveries;

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ResultPage<DeliveryInfo> list(String from, String to, int first, int size) throws ApiException {
        Page<DeliverySummary> page = deliveries.list(date("from", from), date("to", to), first, size);
        return new ResultPage<>(page.rows().stream().map(ApiViews::delivery).toList(), page.total());
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public DeliveryInfo markCourierRequestSent(long projectId) throws ApiException {
        return ApiViews.delivery(deliveries.sendCourierRequest(projectId));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public DeliveryInfo resetCourierRequest(long projectId) throws ApiException {
        return ApiViews.delivery(deliveries.reset(projectId));
    }

    /** Parses a date that has the right shape but may not exist, such as 2026-02-30. */
    private static LocalDate date(String name, String value) throws ApiException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiErrors.of(ErrorCode.INVALID_ARGUMENT, "api.invalidArgument", name + ": " + value);
        }
    }
}

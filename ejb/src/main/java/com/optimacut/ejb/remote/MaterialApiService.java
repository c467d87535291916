package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.MaterialApi;
import com.optimacut.api.v1.MaterialInfo;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.catalog.MaterialService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.util.List;

/** {@link MaterialApi} on {@link MaterialService}. Integrators and managers. */
@Stateless
@RunAs(Role.Names.MANAGER)
@Interceptors(RemoteCallGuard.class)
public class MaterialApiService implements MaterialApi {

    @EJB
    private MaterialService materials;

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public List<MaterialInfo> list() throws ApiException {
        return materials.listActive().stream().map(ApiViews::material).toList();
    }
}

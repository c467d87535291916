package com.optimacut.ejb.remote;

import com.optimacut.api.v1.ApiException;
import com.optimacut.api.v1.ClientApi;
import com.optimacut.api.v1.ClientFields;
import com.optimacut.api.v1.ClientInfo;
import com.optimacut.domain.user.Role;
import com.optimacut.ejb.client.ClientService;
import com.optimacut.ejb.client.ClientSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.util.List;

/**
 * {@link ClientApi} on {@link ClientService}. Integrators and managers; the services are called
 * as MANAGER, and {@link RemoteCallGuard} records the integrator as the author.
 */
@Stateless
@RunAs(Role.Names.MANAGER)
@Interceptors(RemoteCallGuard.class)
public class ClientApiService implements ClientApi {

    @EJB
    private ClientService clients;

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ClientInfo find(long clientId) throws ApiException {
        return ApiViews.client(clients.find(clientId));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public List<ClientInfo> findByEmail(String email) throws ApiException {
        return full(clients.findByEmail(email));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public List<ClientInfo> findByPhone(String phone) throws ApiException {
        return full(clients.findByPhone(phone));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ClientInfo create(ClientFields fields) throws ApiException {
        return ApiViews.client(clients.create(ApiViews.contacts(fields)));
    }

    @Override
    @RolesAllowed({Role.Names.INTEGRATOR, Role.Names.MANAGER})
    public ClientInfo updateContacts(long clientId, long version, ClientFields fields) throws ApiException {
        return ApiViews.client(clients.updateContacts(clientId, version, ApiViews.contacts(fields)));
    }

    /** A search finds a handful of clients at most; each is read whole, with its version and address. */
    private List<ClientInfo> full(List<ClientSummary> found) {
        return found.stream().map(summary -> ApiViews.client(clients.find(summary.id()))).toList();
    }
}
